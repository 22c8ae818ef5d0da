import { describe, test, expect } from '@jest/globals';
import { parseStatement } from './solution';

const header = 'date,description,amount,postal_code';

describe('parseStatement', () => {
  test('parses the example statement', () => {
    const csv = [
      header,
      '2025-04-01,Nómina,18500.00,44100',
      '2025-04-03,OXXO Chapultepec,-89.50,44160',
      '2025-04-05,Transferencia a Luis,-1200,01000',
    ].join('\n');
    expect(parseStatement(csv)).toEqual([
      { date: '2025-04-01', description: 'Nómina', centavos: 1850000, postalCode: '44100' },
      { date: '2025-04-03', description: 'OXXO Chapultepec', centavos: -8950, postalCode: '44160' },
      { date: '2025-04-05', description: 'Transferencia a Luis', centavos: -120000, postalCode: '01000' },
    ]);
  });

  test('returns an empty array for a statement with only the header', () => {
    expect(parseStatement(header)).toEqual([]);
  });

  test('turns amounts into exact integer centavos', () => {
    const csv = `${header}\n2025-04-02,Farmacia,-19.99,44600\n2025-04-02,Redondeo,-0.10,44600\n2025-04-09,Venta,1234.56,44600`;
    expect(parseStatement(csv).map((m) => m.centavos)).toEqual([-1999, -10, 123456]);
  });

  test('keeps postal codes as text, with their leading zero', () => {
    const csv = `${header}\n2025-04-05,Predial CDMX,-2500,06700`;
    const [movement] = parseStatement(csv);
    expect(movement.postalCode).toBe('06700');
    expect(typeof movement.postalCode).toBe('string');
  });

  test('skips blank lines and a final newline, and trims fields', () => {
    const csv = `${header}\n\n  2025-04-07 , Gasolina ,  -650.00 , 45050 \n   \n`;
    expect(parseStatement(csv)).toEqual([
      { date: '2025-04-07', description: 'Gasolina', centavos: -65000, postalCode: '45050' },
    ]);
  });

  test('reports a bad amount with the line number a person would use', () => {
    const csv = `${header}\n2025-04-01,Nómina,18500,44100\n2025-04-02,Taxi,abc,44100`;
    expect(() => parseStatement(csv)).toThrow('Line 3: invalid amount "abc"');
  });

  test('reports an amount with stray characters instead of reading part of it', () => {
    const csv = `${header}\n2025-04-03,OXXO Chapultepec,-89.5O,44160`;
    expect(() => parseStatement(csv)).toThrow('Line 2: invalid amount "-89.5O"');
  });

  test('an empty amount is not zero', () => {
    const csv = `${header}\n2025-04-02,Taxi, ,44100`;
    expect(() => parseStatement(csv)).toThrow('Line 2: invalid amount ""');
  });

  test('rejects postal codes that are not exactly five digits', () => {
    expect(() => parseStatement(`${header}\n2025-04-02,Taxi,-80,4410`)).toThrow('Line 2: invalid postal code "4410"');
    expect(() => parseStatement(`${header}\n2025-04-02,Taxi,-80,4410A`)).toThrow('Line 2: invalid postal code "4410A"');
    expect(() => parseStatement(`${header}\n\n2025-04-02,Taxi,-80,441000`)).toThrow('Line 3: invalid postal code "441000"');
  });
});

import { describe, test, expect } from '@jest/globals';
import { saleTotal, formatPesos, describeSale, reportLines, dayReport } from './solution';

const sales = [
  { item: 'taco al pastor', quantity: 12, unitCentavos: 2500 },
  { item: 'agua de horchata', quantity: 4, unitCentavos: 3000 },
];

describe('the parts that already worked', () => {
  test('saleTotal multiplies quantity by unit price', () => {
    expect(saleTotal(sales[0])).toBe(30000);
  });

  test('formatPesos shows centavos as pesos', () => {
    expect(formatPesos(42000)).toBe('$420.00');
    expect(formatPesos(5)).toBe('$0.05');
  });

  test('describeSale writes one padded line', () => {
    expect(describeSale(sales[0])).toBe('taco al pastor   x12  $300.00');
  });
});

describe('reportLines', () => {
  test('gives one line per sale', () => {
    expect(reportLines(sales)).toEqual([
      'taco al pastor   x12  $300.00',
      'agua de horchata x4  $120.00',
    ]);
  });

  test('gives no lines for a day without sales', () => {
    expect(reportLines([])).toEqual([]);
  });
});

describe('dayReport', () => {
  test('prints the title, one line per sale and the total', () => {
    expect(dayReport('Taquería El Güero', sales)).toBe(
      'TAQUERÍA EL GÜERO\n' +
        'taco al pastor   x12  $300.00\n' +
        'agua de horchata x4  $120.00\n' +
        'TOTAL $420.00',
    );
  });

  test('works for a day without sales', () => {
    expect(dayReport('Taquería Chapultepec', [])).toBe('TAQUERÍA CHAPULTEPEC\nTOTAL $0.00');
  });
});

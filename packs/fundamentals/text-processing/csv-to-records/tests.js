import { describe, test, expect } from '@jest/globals';
import { csvToRecords } from './solution';

describe('csvToRecords', () => {
  test('turns rows into objects with numbers', () => {
    const text = 'team, played, points\nAmérica, 10, 21\nChivas, 10, 19\n\nTigres, 9, -1';
    expect(csvToRecords(text)).toEqual([
      { team: 'América', played: 10, points: 21 },
      { team: 'Chivas', played: 10, points: 19 },
      { team: 'Tigres', played: 9, points: -1 },
    ]);
  });

  test('reads a single row', () => {
    expect(csvToRecords('name,age\nAna,31')).toEqual([{ name: 'Ana', age: 31 }]);
  });

  test('returns an empty array for empty text', () => {
    expect(csvToRecords('')).toEqual([]);
    expect(csvToRecords('\n  \n')).toEqual([]);
  });

  test('returns an empty array when there is only a header', () => {
    expect(csvToRecords('name,age\n')).toEqual([]);
  });

  test('converts decimals and keeps other text as strings', () => {
    expect(csvToRecords('route,distance,note\nA1, 3.5, 10 km\nB2,N/A,ok')).toEqual([
      { route: 'A1', distance: 3.5, note: '10 km' },
      { route: 'B2', distance: 'N/A', note: 'ok' },
    ]);
  });

  test('fills missing cells with empty strings and ignores extra cells', () => {
    expect(csvToRecords('name,city,age\nSofía,Puebla\nOmar,Mérida,40,extra')).toEqual([
      { name: 'Sofía', city: 'Puebla', age: '' },
      { name: 'Omar', city: 'Mérida', age: 40 },
    ]);
  });

  test('handles Windows line endings and blank lines before the header', () => {
    expect(csvToRecords('\r\nitem,qty\r\nPiña,2\r\n')).toEqual([{ item: 'Piña', qty: 2 }]);
  });

  test('keeps a postal code with a leading zero as text', () => {
    expect(csvToRecords('name,city,cp\nAna,Ciudad de México,06700')).toEqual([
      { name: 'Ana', city: 'Ciudad de México', cp: '06700' },
    ]);
  });

  test('still reads zero and decimals below one as numbers', () => {
    expect(csvToRecords('a,b,c,d\n0,0.25,-0.5,007')).toEqual([{ a: 0, b: 0.25, c: -0.5, d: '007' }]);
  });

  test('keeps every cell of a text column as a string', () => {
    const text = 'name,cp,phone,orders\nAna,06700,5512345678,3\nLuis,64000,8187654321,12';
    expect(csvToRecords(text, ['cp', 'phone'])).toEqual([
      { name: 'Ana', cp: '06700', phone: '5512345678', orders: 3 },
      { name: 'Luis', cp: '64000', phone: '8187654321', orders: 12 },
    ]);
  });

  test('gives numbers, not strings, for number cells', () => {
    const [row] = csvToRecords('a,b\n7,x');
    expect(row.a).toBe(7);
    expect(row.b).toBe('x');
  });
});

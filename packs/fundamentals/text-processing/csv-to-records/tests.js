import { describe, test, expect } from '@jest/globals';
import { csvToRecords } from './solution';

describe('csvToRecords', () => {
  test('turns rows into objects with numbers', () => {
    const text = 'team, played, points\nMillonarios, 10, 21\nNacional, 10, 19\n\nJunior, 9, -1';
    expect(csvToRecords(text)).toEqual([
      { team: 'Millonarios', played: 10, points: 21 },
      { team: 'Nacional', played: 10, points: 19 },
      { team: 'Junior', played: 9, points: -1 },
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
    expect(csvToRecords('name,city,age\nSofía,Quito\nOmar,Cali,40,extra')).toEqual([
      { name: 'Sofía', city: 'Quito', age: '' },
      { name: 'Omar', city: 'Cali', age: 40 },
    ]);
  });

  test('handles Windows line endings and blank lines before the header', () => {
    expect(csvToRecords('\r\nitem,qty\r\nPiña,2\r\n')).toEqual([{ item: 'Piña', qty: 2 }]);
  });

  test('gives numbers, not strings, for number cells', () => {
    const [row] = csvToRecords('a,b\n7,x');
    expect(row.a).toBe(7);
    expect(row.b).toBe('x');
  });
});

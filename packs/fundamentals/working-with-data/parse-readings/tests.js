import { describe, test, expect } from '@jest/globals';
import { parseReadings } from './solution';

describe('parseReadings', () => {
  test('reads every line of a clean file', () => {
    const file = '{"station":"Monterrey","temp":19}\n{"station":"Monterrey","temp":20.5}';
    expect(parseReadings(file)).toEqual({
      readings: [
        { station: "Monterrey", temp: 19 },
        { station: "Monterrey", temp: 20.5 },
      ],
      errors: [],
    });
  });

  test('reports broken lines by number and skips blank ones', () => {
    const file = [
      '{"station":"Toluca","temp":11.5}',
      '{"station":"Toluca","temp":12.0}',
      '{"station":"Tol',
      "",
      '{"station":"Toluca","temp":13.5}',
    ].join("\n");
    expect(parseReadings(file)).toEqual({
      readings: [
        { station: "Toluca", temp: 11.5 },
        { station: "Toluca", temp: 12 },
        { station: "Toluca", temp: 13.5 },
      ],
      errors: [3],
    });
  });

  test('returns two empty arrays for an empty file', () => {
    expect(parseReadings("")).toEqual({ readings: [], errors: [] });
  });

  test('counts a single broken line as line 1', () => {
    expect(parseReadings("oops")).toEqual({ readings: [], errors: [1] });
  });

  test('skips lines that only hold spaces', () => {
    const file = '   \n{"temp":0}\n  ';
    expect(parseReadings(file)).toEqual({ readings: [{ temp: 0 }], errors: [] });
  });

  test('reports several broken lines in order', () => {
    const file = "{bad}\n{\"temp\":-3}\n'single'\n[1,2";
    expect(parseReadings(file)).toEqual({ readings: [{ temp: -3 }], errors: [1, 3, 4] });
  });

  test('keeps accents in station names', () => {
    const file = '{"station":"Querétaro","temp":14}';
    expect(parseReadings(file).readings[0].station).toBe("Querétaro");
  });
});

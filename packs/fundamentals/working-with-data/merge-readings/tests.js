import { describe, test, expect } from '@jest/globals';
import { mergeReadings } from './solution';

function savedReadings() {
  return [
    { id: "cdmx-1", station: "Ciudad de México", temp: 14, rain: 2 },
    { id: "gdl-1", station: "Guadalajara", temp: 24, rain: 0 },
  ];
}

describe('mergeReadings', () => {
  test('updates known ids and adds new ones', () => {
    const incoming = [
      { id: "gdl-1", temp: 26, rain: null },
      { id: "mty-1", station: "Monterrey", temp: 22 },
    ];
    expect(mergeReadings(savedReadings(), incoming)).toEqual([
      { id: "cdmx-1", station: "Ciudad de México", temp: 14, rain: 2 },
      { id: "gdl-1", station: "Guadalajara", temp: 26, rain: 0 },
      { id: "mty-1", station: "Monterrey", temp: 22 },
    ]);
  });

  test('returns an empty array for two empty lists', () => {
    expect(mergeReadings([], [])).toEqual([]);
  });

  test('returns copies of the saved readings when nothing arrives', () => {
    const saved = savedReadings();
    const result = mergeReadings(saved, []);
    expect(result).toEqual(savedReadings());
    expect(result[0]).not.toBe(saved[0]);
  });

  test('does not let null or undefined replace a saved value', () => {
    const incoming = [{ id: "cdmx-1", temp: undefined, rain: null, wind: 8 }];
    expect(mergeReadings(savedReadings(), incoming)[0]).toEqual({
      id: "cdmx-1",
      station: "Ciudad de México",
      temp: 14,
      rain: 2,
      wind: 8,
    });
  });

  test('lets a 0 replace a saved value', () => {
    const incoming = [{ id: "cdmx-1", rain: 0, temp: 0 }];
    expect(mergeReadings(savedReadings(), incoming)[0]).toEqual({
      id: "cdmx-1",
      station: "Ciudad de México",
      temp: 0,
      rain: 0,
    });
  });

  test('applies repeated updates of the same id in order', () => {
    const incoming = [
      { id: "zac-1", station: "Zacatecas", temp: 10 },
      { id: "zac-1", temp: 11 },
      { id: "zac-1", rain: 4, temp: null },
    ];
    expect(mergeReadings([], incoming)).toEqual([{ id: "zac-1", station: "Zacatecas", temp: 11, rain: 4 }]);
  });

  test('drops empty fields from a brand-new reading', () => {
    const incoming = [{ id: "hmo-1", station: "Hermosillo", temp: 31, rain: null }];
    expect(mergeReadings([], incoming)).toEqual([{ id: "hmo-1", station: "Hermosillo", temp: 31 }]);
  });

  test('keeps the saved order, then new ids in arrival order', () => {
    const saved = [{ id: 30, temp: 1 }, { id: 10, temp: 2 }];
    const incoming = [{ id: 5, temp: 3 }, { id: 10, temp: 4 }, { id: 2, temp: 5 }];
    const ids = mergeReadings(saved, incoming).map((r) => r.id);
    expect(ids).toEqual([30, 10, 5, 2]);
  });

  test('works with ids that every object has as built-in names', () => {
    const saved = [{ id: "toString", temp: 10 }];
    const incoming = [
      { id: "constructor", temp: 12 },
      { id: "toString", temp: 11 },
    ];
    expect(mergeReadings(saved, incoming)).toEqual([
      { id: "toString", temp: 11 },
      { id: "constructor", temp: 12 },
    ]);
  });

  test('changes neither input', () => {
    const saved = savedReadings();
    const incoming = [{ id: "gdl-1", temp: 26 }];
    mergeReadings(saved, incoming);
    expect(saved).toEqual(savedReadings());
    expect(incoming).toEqual([{ id: "gdl-1", temp: 26 }]);
  });
});

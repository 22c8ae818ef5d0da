import { describe, test, expect } from '@jest/globals';
import { ShiftError, splitTips, tipReport } from './solution';

const tonight = () => [
  { waiter: 'Ximena', hours: 8 },
  { waiter: 'Óscar', hours: 4 },
  { waiter: 'José', hours: 4 },
];

describe('ShiftError', () => {
  test('keeps the message, the name and the waiter', () => {
    const error = new ShiftError('Óscar', 'Invalid hours for Óscar: 13');
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('Invalid hours for Óscar: 13');
    expect(error.name).toBe('ShiftError');
    expect(error.waiter).toBe('Óscar');
  });
});

describe('splitTips', () => {
  test('shares the pool by hours worked', () => {
    expect(splitTips(100000, tonight())).toEqual([
      { waiter: 'Ximena', centavos: 50000 },
      { waiter: 'Óscar', centavos: 25000 },
      { waiter: 'José', centavos: 25000 },
    ]);
  });

  test('rounds down and gives the leftover centavos to the first waiter', () => {
    const shares = splitTips(1000, [
      { waiter: 'Ana', hours: 1 },
      { waiter: 'Beto', hours: 1 },
      { waiter: 'Carla', hours: 1 },
    ]);
    expect(shares.map((s) => s.centavos)).toEqual([334, 333, 333]);
  });

  test('never loses or invents a centavo', () => {
    const shares = splitTips(98765, [
      { waiter: 'Ana', hours: 7.5 },
      { waiter: 'Beto', hours: 3 },
      { waiter: 'Carla', hours: 6 },
    ]);
    expect(shares.reduce((sum, s) => sum + s.centavos, 0)).toBe(98765);
    expect(shares.map((s) => s.centavos)).toEqual([44894, 17957, 35914]);
  });

  test('one waiter gets the whole pool', () => {
    expect(splitTips(54321, [{ waiter: 'Itzel', hours: 5 }])).toEqual([{ waiter: 'Itzel', centavos: 54321 }]);
  });

  test('no shifts: nothing to share', () => {
    expect(splitTips(5000, [])).toEqual([]);
  });

  test('throws a ShiftError for impossible hours', () => {
    for (const hours of [0, -2, 13, '8']) {
      let caught = null;
      try {
        splitTips(1000, [{ waiter: 'Ana', hours: 4 }, { waiter: 'Óscar', hours }]);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ShiftError);
      expect(caught.message).toBe(`Invalid hours for Óscar: ${hours}`);
      expect(caught.waiter).toBe('Óscar');
    }
  });

  test('12 hours is still a valid shift', () => {
    expect(splitTips(1200, [{ waiter: 'Ana', hours: 12 }])).toEqual([{ waiter: 'Ana', centavos: 1200 }]);
  });
});

describe('tipReport', () => {
  test('shows one line per waiter', () => {
    expect(tipReport(100000, tonight())).toEqual(['Ximena: 50000', 'Óscar: 25000', 'José: 25000']);
  });

  test('tells the manager which shift is wrong', () => {
    expect(tipReport(1000, [{ waiter: 'Óscar', hours: 13 }])).toEqual(['Check the shifts: Invalid hours for Óscar: 13']);
  });

  test('an empty night shows no lines', () => {
    expect(tipReport(0, [])).toEqual([]);
  });

  test('lets any other error reach the caller', () => {
    expect(() => tipReport(1000, [{ waiter: 'Ana', hours: 4 }, null])).toThrow(TypeError);
  });
});

import { describe, test, expect } from '@jest/globals';
import { rotateShifts } from './solution';

describe('rotateShifts', () => {
  test('moves the first of three people to the end', () => {
    expect(rotateShifts(['Ana', 'Luis', 'Marta'])).toEqual(['Luis', 'Marta', 'Ana']);
  });

  test('swaps a team of two', () => {
    expect(rotateShifts(['Kwame', 'Sofía'])).toEqual(['Sofía', 'Kwame']);
  });

  test('leaves a team of one as it is', () => {
    expect(rotateShifts(['Ana'])).toEqual(['Ana']);
  });

  test('returns an empty array for an empty team', () => {
    expect(rotateShifts([])).toEqual([]);
  });

  test('does not change the array it receives', () => {
    const team = ['Ana', 'Luis', 'Marta'];
    rotateShifts(team);
    expect(team).toEqual(['Ana', 'Luis', 'Marta']);
  });

  test('returns a new array, not the same one', () => {
    const team = ['Ana'];
    expect(rotateShifts(team)).not.toBe(team);
  });

  test('keeps the same number of people', () => {
    expect(rotateShifts(['A', 'B', 'C', 'D', 'E'])).toHaveLength(5);
  });
});

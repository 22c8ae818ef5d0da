import { describe, test, expect } from '@jest/globals';
import { fuelCost, costPerPerson, tripMessage } from './solution';

describe('fuelCost', () => {
  test('90 km at 15 km per liter and 24 pesos a liter cost 144 pesos', () => {
    expect(fuelCost(90, 15, 24)).toBeCloseTo(144);
  });

  test('a longer trip costs more', () => {
    expect(fuelCost(300, 12, 25)).toBeCloseTo(625);
  });
});

describe('costPerPerson', () => {
  test('three friends share 144 pesos', () => {
    expect(costPerPerson(144, 3)).toBeCloseTo(48);
  });

  test('one person pays everything', () => {
    expect(costPerPerson(625, 1)).toBeCloseTo(625);
  });

  test('a share can have cents', () => {
    expect(costPerPerson(100, 3)).toBeCloseTo(33.333);
  });

  test('more people means a smaller share', () => {
    expect(costPerPerson(200, 4)).toBeLessThan(costPerPerson(200, 2));
  });
});

describe('tripMessage', () => {
  test('fills in the worked example', () => {
    expect(tripMessage(90, 15, 24, 3)).toBe("Each of the 3 friends pays 48 pesos");
  });

  test('fills in another trip', () => {
    expect(tripMessage(240, 12, 25, 4)).toBe("Each of the 4 friends pays 125 pesos");
  });

  test('leaves no ${...} in the text', () => {
    expect(tripMessage(90, 15, 24, 2)).not.toContain("${");
  });
});

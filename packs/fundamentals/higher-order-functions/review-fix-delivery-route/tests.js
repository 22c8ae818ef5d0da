import { describe, test, expect } from '@jest/globals';
import { pendingStops, allPaid, routeLabels, byDistance } from './solution';

const makeStops = () => [
  { client: "Papelería Sofía", colonia: "Americana", km: 4.2, delivered: true, paid: true },
  { client: "Farmacia Jalisco", colonia: "Chapalita", km: 7.5, delivered: false, paid: true },
  { client: "Taller Núñez", colonia: "Providencia", km: 2.1, delivered: false, paid: false },
];

describe('pendingStops', () => {
  test('returns every stop not delivered, in order', () => {
    expect(pendingStops(makeStops()).map((s) => s.client)).toEqual(["Farmacia Jalisco", "Taller Núñez"]);
  });

  test('returns an empty array when everything was delivered', () => {
    const stops = makeStops().map((s) => ({ ...s, delivered: true }));
    expect(pendingStops(stops)).toEqual([]);
  });
});

describe('allPaid', () => {
  test('is false when one stop is unpaid', () => {
    expect(allPaid(makeStops())).toBe(false);
  });

  test('is true when every stop is paid', () => {
    expect(allPaid(makeStops().filter((s) => s.paid))).toBe(true);
  });

  test('is true for no stops', () => {
    expect(allPaid([])).toBe(true);
  });
});

describe('routeLabels', () => {
  test('numbers the labels from 1', () => {
    expect(routeLabels(makeStops())).toEqual([
      "1. Papelería Sofía (Americana)",
      "2. Farmacia Jalisco (Chapalita)",
      "3. Taller Núñez (Providencia)",
    ]);
  });

  test('returns an empty array for no stops', () => {
    expect(routeLabels([])).toEqual([]);
  });
});

describe('byDistance', () => {
  test('sorts the stops nearest first', () => {
    expect(byDistance(makeStops()).map((s) => s.km)).toEqual([2.1, 4.2, 7.5]);
  });

  test('compares distances as numbers', () => {
    const stops = [{ client: "A", colonia: "X", km: 12.5 }, { client: "B", colonia: "Y", km: 9 }];
    expect(byDistance(stops).map((s) => s.client)).toEqual(["B", "A"]);
  });

  test('leaves the driver\'s list in its order', () => {
    const stops = makeStops();
    byDistance(stops);
    expect(stops).toEqual(makeStops());
  });
});

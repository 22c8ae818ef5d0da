import { describe, test, expect } from '@jest/globals';
import { makeBudget } from './solution';

describe('what already worked', () => {
  test('adds up what was spent and what remains', () => {
    const trip = makeBudget(1500000);
    expect(trip.spend(320000)).toBe(true);
    expect(trip.spent()).toBe(320000);
    expect(trip.remaining()).toBe(1180000);
  });

  test('refuses amounts of 0 or less', () => {
    const trip = makeBudget(1000);
    expect(trip.spend(0)).toBe(false);
    expect(trip.spend(-50)).toBe(false);
    expect(trip.spent()).toBe(0);
  });

  test('budgets are separate', () => {
    const a = makeBudget(1000);
    const b = makeBudget(1000);
    a.spend(300);
    expect(b.spent()).toBe(0);
  });
});

describe('categories', () => {
  test('adds up each category', () => {
    const trip = makeBudget(1500000);
    trip.spend(180000, "hotel");
    trip.spend(45000, "comida");
    trip.spend(30000, "comida");
    expect(trip.spentOn("comida")).toBe(75000);
    expect(trip.spentOn("hotel")).toBe(180000);
    expect(trip.spent()).toBe(255000);
  });

  test('spending without a category goes to "otros"', () => {
    const trip = makeBudget(1500000);
    trip.spend(320000);
    expect(trip.spentOn("otros")).toBe(320000);
  });

  test('a category without spending is 0', () => {
    expect(makeBudget(1000).spentOn("bus")).toBe(0);
  });

  test('lists categories in the order first used', () => {
    const trip = makeBudget(1500000);
    trip.spend(320000);
    trip.spend(180000, "hotel");
    trip.spend(45000, "comida");
    trip.spend(1000, "hotel");
    expect(trip.categories()).toEqual(["otros", "hotel", "comida"]);
  });

  test('a refused spend records no category', () => {
    const trip = makeBudget(1000);
    trip.spend(0, "museos");
    expect(trip.categories()).toEqual([]);
    expect(trip.spentOn("museos")).toBe(0);
  });

  test('changing the list of categories does not change the budget', () => {
    const trip = makeBudget(1000);
    trip.spend(10, "bus");
    trip.categories().push("hackeo");
    expect(trip.categories()).toEqual(["bus"]);
  });
});

describe('onWarning', () => {
  test('calls the callback once, when 80% is first reached', () => {
    const weekend = makeBudget(100000);
    const calls = [];
    weekend.onWarning((left) => calls.push(left));
    weekend.spend(50000);
    expect(calls).toEqual([]);
    weekend.spend(30000);
    expect(calls).toEqual([20000]);
    weekend.spend(5000);
    expect(calls).toEqual([20000]);
  });

  test('calls every registered callback', () => {
    const weekend = makeBudget(1000);
    const seen = [];
    weekend.onWarning((left) => seen.push(`a:${left}`));
    weekend.onWarning((left) => seen.push(`b:${left}`));
    weekend.spend(900, "bus");
    expect(seen).toEqual(["a:100", "b:100"]);
  });

  test('also warns when one spend goes past the limit', () => {
    const weekend = makeBudget(1000);
    const calls = [];
    weekend.onWarning((left) => calls.push(left));
    weekend.spend(1200);
    expect(calls).toEqual([-200]);
  });

  test('each budget warns on its own', () => {
    const a = makeBudget(1000);
    const b = makeBudget(1000);
    const calls = [];
    a.onWarning(() => calls.push("a"));
    b.onWarning(() => calls.push("b"));
    a.spend(800);
    expect(calls).toEqual(["a"]);
  });
});

describe('encapsulation', () => {
  test('returns only functions', () => {
    const trip = makeBudget(1000);
    trip.spend(10, "bus");
    expect(Object.keys(trip).sort()).toEqual(['categories', 'onWarning', 'remaining', 'spend', 'spent', 'spentOn']);
    for (const value of Object.values(trip)) {
      expect(typeof value).toBe('function');
    }
  });
});

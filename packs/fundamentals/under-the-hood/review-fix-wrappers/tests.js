import { describe, test, expect } from '@jest/globals';
import { logCalls, limitCalls, partial } from './solution';

const makeRegister = () => ({
  total: 0,
  charge(amount) {
    this.total += amount;
    return this.total;
  },
});

describe('logCalls', () => {
  test('logs each call with its arguments', () => {
    const lines = [];
    const add = logCalls(function add(a, b) { return a + b; }, (line) => lines.push(line));
    add(2, 3);
    add(10, 20);
    expect(lines).toEqual(["add(2, 3)", "add(10, 20)"]);
  });

  test('returns the result of the original', () => {
    const add = logCalls(function add(a, b) { return a + b; }, () => {});
    expect(add(2, 3)).toBe(5);
  });

  test('keeps this when the wrapped function is a method', () => {
    const register = makeRegister();
    const lines = [];
    register.charge = logCalls(register.charge, (line) => lines.push(line));
    expect(register.charge(3500)).toBe(3500);
    expect(register.charge(1200)).toBe(4700);
    expect(register.total).toBe(4700);
    expect(lines).toEqual(["charge(3500)", "charge(1200)"]);
  });
});

describe('limitCalls', () => {
  test('runs the function for the first max calls only', () => {
    const applyPromo = limitCalls((code) => `promo ${code} applied`, 2);
    expect(applyPromo("PAN10")).toBe("promo PAN10 applied");
    expect(applyPromo("CONCHA")).toBe("promo CONCHA applied");
    expect(applyPromo("OTRA")).toBe("promo CONCHA applied");
  });

  test('each wrapper counts its own calls', () => {
    const first = limitCalls(() => "first", 1);
    const second = limitCalls(() => "second", 1);
    expect(first()).toBe("first");
    expect(second()).toBe("second");
  });

  test('keeps this and the arguments', () => {
    const register = makeRegister();
    register.charge = limitCalls(register.charge, 2);
    register.charge(100);
    register.charge(200);
    expect(register.charge(5000)).toBe(300);
    expect(register.total).toBe(300);
  });

  test('returns undefined when max is 0', () => {
    let ran = false;
    const never = limitCalls(() => { ran = true; return 1; }, 0);
    expect(never()).toBeUndefined();
    expect(ran).toBe(false);
  });
});

describe('partial', () => {
  test('puts the preset arguments first', () => {
    const label = (currency, amount) => `${currency} ${(amount / 100).toFixed(2)}`;
    expect(partial(label, "MXN")(4700)).toBe("MXN 47.00");
  });

  test('works with several preset and later arguments', () => {
    const join = (...parts) => parts.join("-");
    expect(partial(join, "a", "b")("c", "d")).toBe("a-b-c-d");
    expect(partial(join)("x")).toBe("x");
  });

  test('keeps this', () => {
    const register = makeRegister();
    register.chargeTwice = function (amount, times) {
      for (let i = 0; i < times; i++) {
        this.charge(amount);
      }
      return this.total;
    };
    register.chargeConcha = partial(register.chargeTwice, 1800);
    expect(register.chargeConcha(2)).toBe(3600);
  });
});

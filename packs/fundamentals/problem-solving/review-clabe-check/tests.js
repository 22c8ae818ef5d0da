import { describe, test, expect } from '@jest/globals';
import { checkClabe } from './solution';

describe('checkClabe', () => {
  test('accepts a valid CLABE', () => {
    expect(checkClabe("002010077777777771")).toBe("valid");
  });

  test('accepts other valid CLABEs', () => {
    expect(checkClabe("014027000005555558")).toBe("valid");
    expect(checkClabe("646180157000000004")).toBe("valid");
  });

  test('removes the spaces first', () => {
    expect(checkClabe("032 180 000118359719")).toBe("valid");
    expect(checkClabe(" 002010077777777771 ")).toBe("valid");
  });

  test('catches a typo in the last digit', () => {
    expect(checkClabe("032180000118359718")).toBe("wrong check digit");
  });

  test('catches a typo in another digit', () => {
    expect(checkClabe("032180000118358719")).toBe("wrong check digit");
  });

  test('catches two digits swapped', () => {
    expect(checkClabe("002010077777777717")).toBe("wrong check digit");
  });

  test('uses 0 as check digit when the sum ends in 0', () => {
    expect(checkClabe("000000000000000000")).toBe("valid");
    expect(checkClabe("110000000000000000")).toBe("valid");
    expect(checkClabe("100000000000000007")).toBe("valid");
    expect(checkClabe("300000000000000001")).toBe("valid");
    expect(checkClabe("400000000000000008")).toBe("valid");
    expect(checkClabe("111000000000000000")).toBe("wrong check digit");
    expect(checkClabe("111000000000000009")).toBe("valid");
  });

  test('reports a wrong length', () => {
    expect(checkClabe("03218000011835971")).toBe("wrong length");
    expect(checkClabe("0321800001183597190")).toBe("wrong length");
    expect(checkClabe("")).toBe("wrong length");
  });

  test('reports anything that is not a digit, before the length', () => {
    expect(checkClabe("0321-8000-0118-3597-19")).toBe("not digits");
    expect(checkClabe("03218000011835971O")).toBe("not digits");
    expect(checkClabe("12.5")).toBe("not digits");
  });
});

import { describe, test, expect } from '@jest/globals';
import { isBalanced } from './solution';

describe('isBalanced', () => {
  test('accepts balanced code', () => {
    expect(isBalanced('sum(prices[0], {"iva": 16})')).toBe(true);
    expect(isBalanced('{[()()]}')).toBe(true);
  });

  test('an empty text and a text without brackets are balanced', () => {
    expect(isBalanced('')).toBe(true);
    expect(isBalanced('const city = "Guadalajara";')).toBe(true);
  });

  test('rejects wrongly nested brackets', () => {
    expect(isBalanced('([)]')).toBe(false);
    expect(isBalanced('{(})')).toBe(false);
  });

  test('rejects brackets left open or closed too soon', () => {
    expect(isBalanced('total(1, 2')).toBe(false);
    expect(isBalanced(')(')).toBe(false);
    expect(isBalanced('a]')).toBe(false);
  });

  test('ignores brackets inside quotes', () => {
    expect(isBalanced('log(")")')).toBe(true);
    expect(isBalanced('say("[[[ {{ ((")')).toBe(true);
    expect(isBalanced('"(" + ")"')).toBe(true);
  });

  test('brackets outside the quotes still count', () => {
    expect(isBalanced('log(")"')).toBe(false);
    expect(isBalanced('"ok")')).toBe(false);
  });

  test('rejects a quoted string that is never closed', () => {
    expect(isBalanced('say("hola)')).toBe(false);
    expect(isBalanced('"')).toBe(false);
  });

  test("single quotes are ordinary characters", () => {
    expect(isBalanced("log(')')")).toBe(false);
    expect(isBalanced("it's (fine)")).toBe(true);
  });
});

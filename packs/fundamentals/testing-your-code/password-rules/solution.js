import { checkPassword } from './solution';

describe('checkPassword', () => {
  test('a strong password has no problems', () => {
    expect(checkPassword("Guadalajara2025")).toEqual([]);
  });

  test('exactly 10 characters is long enough', () => {
    expect(checkPassword("Cdmx123456")).toEqual([]);
  });

  test('9 characters is too short', () => {
    expect(checkPassword("Cdmx12345")).toEqual(["too-short"]);
  });

  test('reports a password without digits', () => {
    expect(checkPassword("TortaAhogada")).toEqual(["no-digit"]);
  });

  test('reports a password without uppercase letters', () => {
    expect(checkPassword("monterrey1234")).toEqual(["no-uppercase"]);
  });

  test('reports a space in the middle', () => {
    expect(checkPassword("Tacos 4 all 2025")).toEqual(["has-space"]);
  });

  test('reports every broken rule, in order', () => {
    expect(checkPassword("abc")).toEqual(["too-short", "no-digit", "no-uppercase"]);
  });
});

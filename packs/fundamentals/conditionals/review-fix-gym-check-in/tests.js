import { describe, test, expect } from '@jest/globals';
import { canEnter, checkInMessage } from './solution';

describe('canEnter', () => {
  test('the full plan covers 6:00 to 21:59', () => {
    expect(canEnter("full", 6, 0)).toBe(true);
    expect(canEnter("full", 21, 0)).toBe(true);
  });

  test('the full plan does not cover the night', () => {
    expect(canEnter("full", 3, 0)).toBe(false);
    expect(canEnter("full", 5, 0)).toBe(false);
  });

  test('the gym closes for full members at 22:00 sharp', () => {
    expect(canEnter("full", 22, 0)).toBe(false);
  });

  test('the morning plan covers 6:00 to 11:59 only', () => {
    expect(canEnter("morning", 6, 0)).toBe(true);
    expect(canEnter("morning", 11, 0)).toBe(true);
    expect(canEnter("morning", 12, 0)).toBe(false);
    expect(canEnter("morning", 19, 0)).toBe(false);
  });

  test('the night plan covers 18:00 to midnight', () => {
    expect(canEnter("night", 18, 0)).toBe(true);
    expect(canEnter("night", 23, 0)).toBe(true);
    expect(canEnter("night", 17, 0)).toBe(false);
  });

  test('an unknown plan never enters', () => {
    expect(canEnter("weekend", 10, 0)).toBe(false);
  });

  test('owing money blocks every plan', () => {
    expect(canEnter("full", 10, 35000)).toBe(false);
    expect(canEnter("night", 20, 1)).toBe(false);
  });
});

describe('checkInMessage', () => {
  test('welcomes a member whose plan covers the hour', () => {
    expect(checkInMessage("Ximena", "night", 20, 0)).toBe("Welcome, Ximena!");
  });

  test('asks for payment first', () => {
    expect(checkInMessage("Iván", "full", 10, 35000)).toBe("Please pay at the front desk, Iván");
  });

  test('says sorry outside the plan hours', () => {
    expect(checkInMessage("Óscar", "morning", 19, 0)).toBe("Sorry Óscar, your plan does not cover this hour");
  });

  test('uses "member" when the name is empty', () => {
    expect(checkInMessage("", "morning", 7, 0)).toBe("Welcome, member!");
    expect(checkInMessage("", "full", 10, 500)).toBe("Please pay at the front desk, member");
  });
});

import { shiftLength } from './solution';

describe('shiftLength', () => {
  test('measures a half-hour break', () => {
    expect(shiftLength("08:15", "08:45")).toBe(30);
  });

  // Add your tests here.
});

import { checkPassword } from './solution';

describe('checkPassword', () => {
  test('a strong password has no problems', () => {
    expect(checkPassword("Guadalajara2025")).toEqual([]);
  });

  // Add your tests here.
});

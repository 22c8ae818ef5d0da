import { isValidPostalCode } from './solution';

describe('isValidPostalCode', () => {
  test('accepts a Mexico City postal code', () => {
    expect(isValidPostalCode("06700")).toBe(true);
  });

  // Add your tests here.
});

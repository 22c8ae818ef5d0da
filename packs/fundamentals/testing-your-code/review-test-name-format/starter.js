import { formatName } from './solution';

describe('formatName', () => {
  test('keeps a name that is already neat', () => {
    expect(formatName("Ana Pérez")).toBe("Ana Pérez");
  });

  // Add your tests here.
});

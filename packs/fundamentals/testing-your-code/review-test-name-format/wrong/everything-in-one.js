// One big test of a neat example: the input is already trimmed, single-spaced and capitalized,
// so most broken versions pass it.
import { formatName } from './solution';

describe('formatName', () => {
  test('formats names', () => {
    expect(formatName("Ana Pérez")).toBe("Ana Pérez");
    expect(formatName("josé de la garza")).toBe("José de la Garza");
    expect(() => formatName(42)).toThrow(TypeError);
  });
});

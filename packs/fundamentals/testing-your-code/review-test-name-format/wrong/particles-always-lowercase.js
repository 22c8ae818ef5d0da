// Expects a particle to be lowercase even at the start, which the contract does not say,
// so a test fails against the correct version.
import { formatName } from './solution';

describe('formatName', () => {
  test('trims and joins the words with one space', () => {
    expect(formatName("  ana   pérez ")).toBe("Ana Pérez");
  });

  test('lowercases the rest of each word, accents included', () => {
    expect(formatName("ÁNGELA ÑUÑEZ")).toBe("Ángela Ñuñez");
  });

  test('writes particles in lowercase', () => {
    expect(formatName("de la cruz ana")).toBe("de la Cruz Ana");
  });

  test('hyphenated names', () => {
    expect(formatName("maría-josé lópez")).toBe("María-José López");
  });

  test('refuses empty text', () => {
    expect(() => formatName("   ")).toThrow("Name is empty");
  });
});

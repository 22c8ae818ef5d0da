import { formatName } from './solution';

describe('formatName', () => {
  test('keeps a name that is already neat', () => {
    expect(formatName("Ana Pérez")).toBe("Ana Pérez");
  });

  test('removes the spaces at the ends', () => {
    expect(formatName("  Ana Pérez ")).toBe("Ana Pérez");
  });

  test('turns a run of spaces between words into one', () => {
    expect(formatName("Ana   Pérez")).toBe("Ana Pérez");
  });

  test('writes the rest of each word in lowercase', () => {
    expect(formatName("ANA PÉREZ")).toBe("Ana Pérez");
  });

  test('capitalizes a first letter with an accent or a tilde', () => {
    expect(formatName("ángela ñuñez")).toBe("Ángela Ñuñez");
  });

  test('writes particles in lowercase in the middle of a name', () => {
    expect(formatName("JOSÉ DE LA GARZA Y DEL RÍO")).toBe("José de la Garza y del Río");
  });

  test('capitalizes a particle that starts the name', () => {
    expect(formatName("de la cruz ana")).toBe("De la Cruz Ana");
  });

  test('capitalizes each part of a hyphenated word', () => {
    expect(formatName("maría-josé lópez")).toBe("María-José López");
  });

  test('refuses text with no name in it', () => {
    expect(() => formatName("")).toThrow("Name is empty");
    expect(() => formatName("    ")).toThrow("Name is empty");
  });

  test('refuses a value that is not text', () => {
    expect(() => formatName(42)).toThrow(TypeError);
    expect(() => formatName(undefined)).toThrow("Name must be text");
  });
});

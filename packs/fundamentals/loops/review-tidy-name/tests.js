import { describe, test, expect } from '@jest/globals';
import { tidyName } from './solution';

describe('tidyName', () => {
  test('tidies the worked example', () => {
    expect(tidyName("  maría   JOSÉ  lópez ")).toBe("María José López");
  });

  test('capitalizes accented letters and keeps ñ', () => {
    expect(tidyName("ÓSCAR ibáñez")).toBe("Óscar Ibáñez");
  });

  test('a letter after a hyphen is a capital', () => {
    expect(tidyName("ana-sofía  de la  peña")).toBe("Ana-Sofía De La Peña");
  });

  test('a tidy name stays the same', () => {
    expect(tidyName("Ximena Ruiz")).toBe("Ximena Ruiz");
  });

  test('lowercases the rest of each word', () => {
    expect(tidyName("jOsÉ LUIS")).toBe("José Luis");
  });

  test('removes spaces at the start and at the end', () => {
    expect(tidyName("   itzel")).toBe("Itzel");
    expect(tidyName("itzel   ")).toBe("Itzel");
  });

  test('one letter', () => {
    expect(tidyName("x")).toBe("X");
  });

  test('only spaces, or nothing, gives an empty string', () => {
    expect(tidyName("    ")).toBe("");
    expect(tidyName("")).toBe("");
  });
});

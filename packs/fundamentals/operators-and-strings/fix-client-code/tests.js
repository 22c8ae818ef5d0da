import { describe, test, expect } from '@jest/globals';
import { clientCode } from './solution';

describe('clientCode', () => {
  test('builds the code from the worked example', () => {
    expect(clientCode("Treviño", 2005, 42)).toBe("TREV05-042");
  });

  test('keeps the first four letters, starting with the first one', () => {
    expect(clientCode("Castañeda", 1988, 120)).toBe("CAST88-120");
  });

  test('ignores spaces around the name and uses capitals', () => {
    expect(clientCode("  ramírez ", 1994, 7)).toBe("RAMÍ94-007");
  });

  test('keeps a short last name whole', () => {
    expect(clientCode("Li", 1999, 315)).toBe("LI99-315");
  });

  test('writes the year 2000 as 00', () => {
    expect(clientCode("Ortiz", 2000, 5)).toBe("ORTI00-005");
  });

  test('always writes the year with two digits', () => {
    expect(clientCode("Juárez", 2009, 88)).toBe("JUÁR09-088");
  });

  test('does not pad a number that already has three digits', () => {
    expect(clientCode("Ochoa", 1990, 999)).toBe("OCHO90-999");
  });

  test('returns a string', () => {
    expect(typeof clientCode("Ochoa", 1990, 1)).toBe("string");
  });
});

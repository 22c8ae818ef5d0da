import { describe, test, expect } from '@jest/globals';
import { groupCode } from './solution';

describe('groupCode with clean codes (already working)', () => {
  test('groups twelve characters in three groups', () => {
    expect(groupCode("AB12CD34EF56")).toBe("AB12-CD34-EF56");
  });

  test('the last group can be shorter', () => {
    expect(groupCode("ABCDE")).toBe("ABCD-E");
  });

  test('a code of exactly four characters has no dash', () => {
    expect(groupCode("Q7W8")).toBe("Q7W8");
  });

  test('an empty code stays empty', () => {
    expect(groupCode("")).toBe("");
  });
});

describe('groupCode with pasted codes', () => {
  test('skips spaces and dashes and uses capitals', () => {
    expect(groupCode("ab12 cd34-ef56")).toBe("AB12-CD34-EF56");
  });

  test('skips spaces around the code', () => {
    expect(groupCode(" 12-34 56 ")).toBe("1234-56");
  });

  test('regroups a code that was split in the wrong places', () => {
    expect(groupCode("A-B-C-D-E-F")).toBe("ABCD-EF");
  });

  test('turns lowercase letters into capitals', () => {
    expect(groupCode("x7k9-p")).toBe("X7K9-P");
  });

  test('a code of only spaces and dashes becomes empty', () => {
    expect(groupCode(" - ")).toBe("");
  });
});

import { describe, test, expect } from '@jest/globals';
import { gradeLabel, reportLine } from './solution';

describe('gradeLabel', () => {
  test('a 10 is excellent', () => {
    expect(gradeLabel(10)).toBe("Excellent");
  });

  test('8 up to 10 is good', () => {
    expect(gradeLabel(8)).toBe("Good");
    expect(gradeLabel(9)).toBe("Good");
    expect(gradeLabel(9.9)).toBe("Good");
  });

  test('6 up to 8 is a pass', () => {
    expect(gradeLabel(6)).toBe("Pass");
    expect(gradeLabel(7.5)).toBe("Pass");
  });

  test('below 6 is a fail', () => {
    expect(gradeLabel(5.9)).toBe("Fail");
    expect(gradeLabel(3)).toBe("Fail");
  });

  test('a 0 is a real grade: a fail, not a missing grade', () => {
    expect(gradeLabel(0)).toBe("Fail");
  });

  test('undefined and null mean no grade', () => {
    expect(gradeLabel(undefined)).toBe("No grade");
    expect(gradeLabel(null)).toBe("No grade");
  });
});

describe('reportLine', () => {
  test('shows the name and the label', () => {
    expect(reportLine("Diego", 9)).toBe("Diego: Good");
    expect(reportLine("Valeria", 0)).toBe("Valeria: Fail");
  });

  test('uses Unnamed student when the name is empty', () => {
    expect(reportLine("", 6)).toBe("Unnamed student: Pass");
  });

  test('works without a grade', () => {
    expect(reportLine("Iván")).toBe("Iván: No grade");
  });
});

import { describe, test, expect } from '@jest/globals';
import { bloodPressureCategory, readingMessage } from './solution';

describe('bloodPressureCategory', () => {
  test('normal', () => {
    expect(bloodPressureCategory(118, 76)).toBe("normal");
  });

  test('elevated starts at a systolic of 120', () => {
    expect(bloodPressureCategory(120, 79)).toBe("elevated");
    expect(bloodPressureCategory(129, 70)).toBe("elevated");
  });

  test('stage 1 from either number', () => {
    expect(bloodPressureCategory(130, 70)).toBe("stage 1 hypertension");
    expect(bloodPressureCategory(128, 80)).toBe("stage 1 hypertension");
    expect(bloodPressureCategory(110, 89)).toBe("stage 1 hypertension");
  });

  test('stage 2 from either number', () => {
    expect(bloodPressureCategory(140, 85)).toBe("stage 2 hypertension");
    expect(bloodPressureCategory(125, 92)).toBe("stage 2 hypertension");
  });

  test('a crisis is above 180 or above 120', () => {
    expect(bloodPressureCategory(181, 100)).toBe("hypertensive crisis");
    expect(bloodPressureCategory(170, 121)).toBe("hypertensive crisis");
    expect(bloodPressureCategory(180, 120)).toBe("stage 2 hypertension");
  });

  test('missing, zero, negative or NaN values are invalid', () => {
    expect(bloodPressureCategory(undefined, 80)).toBe("invalid reading");
    expect(bloodPressureCategory(120, undefined)).toBe("invalid reading");
    expect(bloodPressureCategory(0, 0)).toBe("invalid reading");
    expect(bloodPressureCategory(120, -5)).toBe("invalid reading");
    expect(bloodPressureCategory(NaN, 70)).toBe("invalid reading");
    expect(bloodPressureCategory(118, NaN)).toBe("invalid reading");
  });

  test('text from the monitor is not a number', () => {
    expect(bloodPressureCategory("118", 76)).toBe("invalid reading");
  });

  test('the diastolic must be lower than the systolic', () => {
    expect(bloodPressureCategory(80, 120)).toBe("invalid reading");
    expect(bloodPressureCategory(90, 90)).toBe("invalid reading");
  });
});

describe('readingMessage', () => {
  test('normal needs no action', () => {
    expect(readingMessage("Ana", 110, 70)).toBe("Ana: normal, no action needed");
  });

  test('elevated and the stages ask for another check', () => {
    expect(readingMessage("Óscar", 124, 75)).toBe("Óscar: elevated, check again in one week");
    expect(readingMessage("José", 142, 88)).toBe("José: stage 2 hypertension, check again in one week");
    expect(readingMessage("Lucía", 131, 79)).toBe("Lucía: stage 1 hypertension, check again in one week");
  });

  test('a crisis sends the patient to a doctor', () => {
    expect(readingMessage("Ximena", 190, 110)).toBe("Ximena: hypertensive crisis, see a doctor now");
  });

  test('an invalid reading asks to measure again', () => {
    expect(readingMessage("Ana", 80, 120)).toBe("Ana: please take the reading again");
  });

  test('falls back to Patient without a name', () => {
    expect(readingMessage("", 110, 70)).toBe("Patient: normal, no action needed");
    expect(readingMessage(undefined, 110, 70)).toBe("Patient: normal, no action needed");
  });
});

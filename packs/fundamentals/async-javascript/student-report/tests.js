import { describe, test, expect } from '@jest/globals';
import { studentReport } from './solution';

function later(value, ms = 500) {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

function laterFail(message, ms = 500) {
  return new Promise((resolve, reject) => setTimeout(() => reject(new Error(message)), ms));
}

const students = {
  7: { id: 7, name: "Marisol" },
  8: { id: 8, name: "José Ñúñez" },
};

const fetchStudent = (id) => (students[id] ? later(students[id]) : laterFail("404"));

describe('studentReport', () => {
  test('returns the name and the rounded average', async () => {
    const fetchGrades = () => later([8, 9.5, 7]);
    await expect(studentReport(fetchStudent, fetchGrades, 7)).resolves.toEqual({
      name: "Marisol",
      average: 8.2,
    });
  });

  test('returns a promise', () => {
    const result = studentReport(fetchStudent, () => later([10]), 7);
    expect(result).toBeInstanceOf(Promise);
  });

  test('keeps a whole-number average as it is', async () => {
    const fetchGrades = () => later([6, 8]);
    await expect(studentReport(fetchStudent, fetchGrades, 8)).resolves.toEqual({
      name: "José Ñúñez",
      average: 7,
    });
  });

  test('rejects with a clear message for an unknown student', async () => {
    const fetchGrades = () => later([10]);
    await expect(studentReport(fetchStudent, fetchGrades, 99)).rejects.toThrow("Student 99 not found");
  });

  test('does not ask for grades of an unknown student', async () => {
    const asked = [];
    const fetchGrades = (id) => {
      asked.push(id);
      return later([10]);
    };
    await expect(studentReport(fetchStudent, fetchGrades, 99)).rejects.toThrow();
    expect(asked).toEqual([]);
  });

  test('gives a null average when the grades service fails', async () => {
    const fetchGrades = () => laterFail("service down");
    await expect(studentReport(fetchStudent, fetchGrades, 7)).resolves.toEqual({
      name: "Marisol",
      average: null,
    });
  });

  test('gives a null average when there are no grades yet', async () => {
    const fetchGrades = () => later([]);
    await expect(studentReport(fetchStudent, fetchGrades, 7)).resolves.toEqual({
      name: "Marisol",
      average: null,
    });
  });

  test('asks both services for the right id', async () => {
    const asked = [];
    const spyStudent = (id) => {
      asked.push(["student", id]);
      return fetchStudent(id);
    };
    const spyGrades = (id) => {
      asked.push(["grades", id]);
      return later([5]);
    };
    await studentReport(spyStudent, spyGrades, 8);
    expect(asked).toEqual([["student", 8], ["grades", 8]]);
  });

  test('handles a zero average', async () => {
    const fetchGrades = () => later([0, 0]);
    await expect(studentReport(fetchStudent, fetchGrades, 7)).resolves.toEqual({
      name: "Marisol",
      average: 0,
    });
  });
});

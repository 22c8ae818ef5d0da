import { describe, test, expect } from '@jest/globals';
import { indexById, gradeLines } from './solution';

const students = [
  { id: "s1", name: "Marisol", group: "A" },
  { id: "s2", name: "Kevin", group: "B" },
];

describe('indexById', () => {
  test('keys every record by its id', () => {
    expect(indexById(students)).toEqual({
      s1: { id: "s1", name: "Marisol", group: "A" },
      s2: { id: "s2", name: "Kevin", group: "B" },
    });
  });

  test('returns an empty object for an empty list', () => {
    expect(indexById([])).toEqual({});
  });

  test('stores the records themselves, not copies', () => {
    const index = indexById(students);
    expect(index.s1).toBe(students[0]);
  });

  test('lets a later record with the same id win', () => {
    const records = [
      { id: 7, stop: "Plaza" },
      { id: 7, stop: "Zócalo" },
    ];
    expect(indexById(records)).toEqual({ 7: { id: 7, stop: "Zócalo" } });
  });

  test('works with number ids', () => {
    const index = indexById([{ id: 101, total: 30 }, { id: 0, total: 5 }]);
    expect(index[101].total).toBe(30);
    expect(index[0].total).toBe(5);
  });
});

describe('gradeLines', () => {
  test('writes one line per grade with the student name', () => {
    const grades = [
      { studentId: "s2", subject: "Math", grade: 9 },
      { studentId: "s1", subject: "History", grade: 7.5 },
    ];
    expect(gradeLines(students, grades)).toEqual(["Kevin - Math: 9", "Marisol - History: 7.5"]);
  });

  test('uses Unknown student for an id nobody has', () => {
    const grades = [{ studentId: "s7", subject: "Math", grade: 6 }];
    expect(gradeLines(students, grades)).toEqual(["Unknown student - Math: 6"]);
  });

  test('returns an empty list when there are no grades', () => {
    expect(gradeLines(students, [])).toEqual([]);
  });

  test('shows a grade of 0', () => {
    const grades = [{ studentId: "s1", subject: "Física", grade: 0 }];
    expect(gradeLines(students, grades)).toEqual(["Marisol - Física: 0"]);
  });

  test('works when there are no students at all', () => {
    const grades = [{ studentId: "s1", subject: "Art", grade: 10 }];
    expect(gradeLines([], grades)).toEqual(["Unknown student - Art: 10"]);
  });
});

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

  test('stores ids named like built-in object properties under their own keys', () => {
    const records = [
      { id: "constructor", name: "Aurora" },
      { id: "toString", name: "Benito" },
      { id: "__proto__", name: "Citlali" },
    ];
    const index = indexById(records);
    expect(Object.keys(index).sort()).toEqual(["__proto__", "constructor", "toString"]);
    expect(index.constructor).toBe(records[0]);
    expect(index.toString).toBe(records[1]);
    expect(Object.hasOwn(index, "__proto__")).toBe(true);
    expect(index["__proto__"]).toBe(records[2]);
  });

  test('an id of __proto__ does not change how other ids are found', () => {
    const records = [
      { id: "__proto__", name: "Citlali", s1: "not a student" },
      { id: "s1", name: "Marisol" },
    ];
    const index = indexById(records);
    expect(index).toEqual({ ["__proto__"]: records[0], s1: records[1] });
    expect(Object.hasOwn(index, "name")).toBe(false);
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

  test('uses Unknown student for ids named like built-in object properties', () => {
    const grades = [
      { studentId: "constructor", subject: "Math", grade: 8 },
      { studentId: "toString", subject: "Art", grade: 9 },
      { studentId: "__proto__", subject: "Música", grade: 10 },
      { studentId: "hasOwnProperty", subject: "Física", grade: 7 },
    ];
    expect(gradeLines(students, grades)).toEqual([
      "Unknown student - Math: 8",
      "Unknown student - Art: 9",
      "Unknown student - Música: 10",
      "Unknown student - Física: 7",
    ]);
  });

  test('finds students whose ids are named like built-in object properties', () => {
    const odd = [
      { id: "constructor", name: "Aurora", group: "A" },
      { id: "__proto__", name: "Citlali", group: "B" },
    ];
    const grades = [
      { studentId: "__proto__", subject: "Math", grade: 9 },
      { studentId: "constructor", subject: "History", grade: 8 },
      { studentId: "s1", subject: "Art", grade: 10 },
    ];
    expect(gradeLines(odd, grades)).toEqual([
      "Citlali - Math: 9",
      "Aurora - History: 8",
      "Unknown student - Art: 10",
    ]);
  });

  test('works when there are no students at all', () => {
    const grades = [{ studentId: "s1", subject: "Art", grade: 10 }];
    expect(gradeLines([], grades)).toEqual(["Unknown student - Art: 10"]);
  });
});

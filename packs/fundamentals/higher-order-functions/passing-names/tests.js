import { describe, test, expect } from '@jest/globals';
import { passingNames } from './solution';

function sampleStudents() {
  return [
    { name: 'Sofía', score: 82 },
    { name: 'Omar', score: 55 },
    { name: 'Chen', score: 60 },
    { name: 'Aïsha', score: 97 },
  ];
}

describe('passingNames', () => {
  test('lists the names of students who passed', () => {
    expect(passingNames(sampleStudents(), 60)).toEqual(['Sofía', 'Chen', 'Aïsha']);
  });

  test('a score equal to the passing score is a pass', () => {
    expect(passingNames([{ name: 'Chen', score: 60 }], 60)).toEqual(['Chen']);
  });

  test('works with a higher passing score', () => {
    expect(passingNames(sampleStudents(), 90)).toEqual(['Aïsha']);
  });

  test('returns an empty array when nobody passed', () => {
    expect(passingNames(sampleStudents(), 100)).toEqual([]);
  });

  test('returns an empty array when there are no students', () => {
    expect(passingNames([], 50)).toEqual([]);
  });

  test('a passing score of zero lets everybody pass, even with zero points', () => {
    const students = [
      { name: 'Íñigo', score: 0 },
      { name: 'Bea', score: 10 },
    ];
    expect(passingNames(students, 0)).toEqual(['Íñigo', 'Bea']);
  });

  test('returns names, not whole objects', () => {
    expect(typeof passingNames(sampleStudents(), 60)[0]).toBe('string');
  });

  test('does not change the students array', () => {
    const students = sampleStudents();
    passingNames(students, 60);
    expect(students).toHaveLength(4);
    expect(students[1].name).toBe('Omar');
  });
});

import { describe, test, expect } from '@jest/globals';
import { topStudents } from './solution';

function sampleStudents() {
  return [
    { name: 'Sofía', score: 82, absent: false },
    { name: 'Omar', score: 0, absent: true },
    { name: 'Chen', score: 91, absent: false },
    { name: 'Aïsha', score: 97, absent: false },
    { name: 'Bruno', score: 91, absent: false },
  ];
}

describe('topStudents', () => {
  test('lists the best three, highest score first', () => {
    expect(topStudents(sampleStudents(), 3)).toEqual(['Aïsha (97)', 'Bruno (91)', 'Chen (91)']);
  });

  test('returns only the best student when count is 1', () => {
    expect(topStudents(sampleStudents(), 1)).toEqual(['Aïsha (97)']);
  });

  test('returns everybody who took the exam when count is large', () => {
    expect(topStudents(sampleStudents(), 10)).toEqual([
      'Aïsha (97)',
      'Bruno (91)',
      'Chen (91)',
      'Sofía (82)',
    ]);
  });

  test('leaves out absent students', () => {
    const lines = topStudents(sampleStudents(), 10);
    expect(lines).toHaveLength(4);
    expect(lines).not.toContain('Omar (0)');
  });

  test('breaks ties by name', () => {
    const students = [
      { name: 'Zoe', score: 70, absent: false },
      { name: 'Mateo', score: 70, absent: false },
      { name: 'Ines', score: 70, absent: false },
    ];
    expect(topStudents(students, 3)).toEqual(['Ines (70)', 'Mateo (70)', 'Zoe (70)']);
  });

  test('includes a student who was present but scored zero', () => {
    const students = [
      { name: 'Leo', score: 0, absent: false },
      { name: 'Ana', score: 5, absent: false },
    ];
    expect(topStudents(students, 2)).toEqual(['Ana (5)', 'Leo (0)']);
  });

  test('returns an empty array when count is 0', () => {
    expect(topStudents(sampleStudents(), 0)).toEqual([]);
  });

  test('returns an empty array when there are no students', () => {
    expect(topStudents([], 3)).toEqual([]);
  });

  test('does not change the order of the students array', () => {
    const students = sampleStudents();
    topStudents(students, 2);
    expect(students.map((s) => s.name)).toEqual(['Sofía', 'Omar', 'Chen', 'Aïsha', 'Bruno']);
  });
});

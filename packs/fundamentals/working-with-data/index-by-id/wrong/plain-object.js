// Wrong approach: indexes into a plain {}, so "constructor" finds a built-in and "__proto__" replaces the index's prototype.
export function indexById(records) {
  const index = {};
  for (const record of records) {
    index[record.id] = record;
  }
  return index;
}

export function gradeLines(students, grades) {
  const studentsById = indexById(students);
  return grades.map((g) => {
    const name = studentsById[g.studentId]?.name ?? "Unknown student";
    return `${name} - ${g.subject}: ${g.grade}`;
  });
}

export function indexById(records) {
  // No prototype: ids like "constructor" or "__proto__" are ordinary keys here.
  const index = Object.create(null);
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

// Wrong approach: a plain {} checked with `in`, which also finds inherited keys like "constructor" and "toString".
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
    const name = g.studentId in studentsById ? studentsById[g.studentId].name : "Unknown student";
    return `${name} - ${g.subject}: ${g.grade}`;
  });
}

// Wrong approach: looks up with Object.hasOwn but still builds the index in a plain {}, where an id of "__proto__" is lost.
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
    const name = Object.hasOwn(studentsById, g.studentId)
      ? studentsById[g.studentId].name
      : "Unknown student";
    return `${name} - ${g.subject}: ${g.grade}`;
  });
}

export function passingNames(students, passingScore) {
  const passed = students.filter((student) => student.score >= passingScore);
  return passed.map((student) => student.name);
}

export function passingNames(students, passMark) {
  const passed = students.filter((student) => student.score >= passMark);
  return passed.map((student) => student.name);
}

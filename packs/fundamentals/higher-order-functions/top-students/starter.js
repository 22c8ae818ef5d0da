export function topStudents(students, count) {
  // Your code here
}

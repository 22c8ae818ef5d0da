export function indexById(records) {
  // Your code here
}

export function gradeLines(students, grades) {
  // Your code here
}

export function passingNames(students, passingScore) {
  // Your code here
}

export function passingNames(students, passMark) {
  // Your code here
}

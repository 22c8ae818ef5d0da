export function countPeople(person) {
  // Your code here
}

export function levels(person) {
  // Your code here
}

export function namesAtLevel(person, level) {
  // Your code here
}

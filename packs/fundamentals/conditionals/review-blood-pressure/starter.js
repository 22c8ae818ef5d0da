export function bloodPressureCategory(systolic, diastolic) {
  // Your code here
}

export function readingMessage(name, systolic, diastolic) {
  // Your code here
}

export function busesNeeded(students, seatsPerBus) {
  // Your code here
}

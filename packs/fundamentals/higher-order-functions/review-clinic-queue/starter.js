export function nextPatients(appointments, doctor, count) {
  // Your code here
}

export function doctorsWithQueue(appointments) {
  // Your code here
}

export function dayIsDone(appointments, doctor) {
  // Your code here
}

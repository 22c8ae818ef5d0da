export function busesNeeded(students, seatsPerBus) {
  const studentsPerBus = seatsPerBus - 1;
  return Math.ceil(students / studentsPerBus);
}

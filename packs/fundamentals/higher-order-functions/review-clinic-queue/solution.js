export function nextPatients(appointments, doctor, count) {
  return appointments
    .filter((a) => a.doctor === doctor && a.status === "waiting")
    .sort((a, b) => {
      if (a.urgent !== b.urgent) {
        return a.urgent ? -1 : 1;
      }
      return a.time.localeCompare(b.time);
    })
    .slice(0, count)
    .map((a) => a.patient);
}

export function doctorsWithQueue(appointments) {
  const doctors = [];
  appointments
    .filter((a) => a.status === "waiting")
    .forEach((a) => {
      if (!doctors.includes(a.doctor)) {
        doctors.push(a.doctor);
      }
    });
  return doctors.sort((a, b) => a.localeCompare(b));
}

export function dayIsDone(appointments, doctor) {
  return appointments
    .filter((a) => a.doctor === doctor)
    .every((a) => a.status !== "waiting");
}

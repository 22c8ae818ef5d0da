// Wrong: sorts the caller's array in place (no filter first) and keeps repeated doctors.
export function nextPatients(appointments, doctor, count) {
  return appointments
    .sort((a, b) => {
      if (a.urgent !== b.urgent) {
        return a.urgent ? -1 : 1;
      }
      return a.time.localeCompare(b.time);
    })
    .filter((a) => a.doctor === doctor && a.status === "waiting")
    .slice(0, count)
    .map((a) => a.patient);
}

export function doctorsWithQueue(appointments) {
  return appointments
    .filter((a) => a.status === "waiting")
    .map((a) => a.doctor)
    .sort((a, b) => a.localeCompare(b));
}

export function dayIsDone(appointments, doctor) {
  return appointments
    .filter((a) => a.doctor === doctor)
    .every((a) => a.status !== "waiting");
}

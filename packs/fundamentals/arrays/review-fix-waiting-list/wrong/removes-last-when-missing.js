// Returns the copy, but without checking for -1, so a missing name removes the last patient.
export function addPatient(list, name, urgent) {
  const updated = [...list];
  if (urgent) {
    updated.unshift(name);
  } else {
    updated.push(name);
  }
  return updated;
}

export function removePatient(list, name) {
  const updated = [...list];
  const index = updated.indexOf(name);
  updated.splice(index, 1);
  return updated;
}

export function positionOf(list, name) {
  return list.indexOf(name) + 1;
}

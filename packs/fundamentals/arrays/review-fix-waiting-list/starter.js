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
  return updated.splice(index, 1);
}

export function positionOf(list, name) {
  return list.indexOf(name);
}

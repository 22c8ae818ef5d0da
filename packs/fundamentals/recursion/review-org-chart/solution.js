export function countPeople(person) {
  let total = 1;
  for (const report of person.reports) {
    total += countPeople(report);
  }
  return total;
}

export function levels(person) {
  let deepest = 0;
  for (const report of person.reports) {
    deepest = Math.max(deepest, levels(report));
  }
  return deepest + 1;
}

export function namesAtLevel(person, level) {
  if (level === 0) {
    return [person.name];
  }
  const names = [];
  for (const report of person.reports) {
    names.push(...namesAtLevel(report, level - 1));
  }
  return names;
}

// Wrong: looks at the person and their direct reports only, never deeper.
export function countPeople(person) {
  return 1 + person.reports.length;
}

export function levels(person) {
  return person.reports.length === 0 ? 1 : 2;
}

export function namesAtLevel(person, level) {
  if (level === 0) {
    return [person.name];
  }
  if (level === 1) {
    return person.reports.map((report) => report.name);
  }
  return [];
}

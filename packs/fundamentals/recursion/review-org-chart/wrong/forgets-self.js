// Wrong: counts the reports but not the person, and counts levels as steps, not people.
export function countPeople(person) {
  let total = 0;
  for (const report of person.reports) {
    total += 1 + countPeople(report);
  }
  return total;
}

export function levels(person) {
  let deepest = 0;
  for (const report of person.reports) {
    deepest = Math.max(deepest, 1 + levels(report));
  }
  return deepest;
}

export function namesAtLevel(person, level) {
  if (level === 0) {
    return [person.name];
  }
  let names = [];
  for (const report of person.reports) {
    names = names.concat(namesAtLevel(report, level - 1));
  }
  return names;
}

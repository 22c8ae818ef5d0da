// Wrong approach: walks the chart with a list of people still to visit, no recursion.
export function countPeople(person) {
  const toVisit = [person];
  let total = 0;
  while (toVisit.length > 0) {
    const current = toVisit.shift();
    total++;
    for (const report of current.reports) {
      toVisit.push(report);
    }
  }
  return total;
}

export function levels(person) {
  let level = [person];
  let count = 0;
  while (level.length > 0) {
    count++;
    let next = [];
    for (const p of level) {
      next = next.concat(p.reports);
    }
    level = next;
  }
  return count;
}

export function namesAtLevel(person, level) {
  let current = [person];
  for (let i = 0; i < level; i++) {
    let next = [];
    for (const p of current) {
      next = next.concat(p.reports);
    }
    current = next;
  }
  return current.map((p) => p.name);
}

export function firstTimeVisitors(days) {
  const seen = new Set();
  const result = [];
  for (const names of days) {
    const newcomers = [];
    for (const name of names) {
      if (!seen.has(name)) {
        newcomers.push(name);
        seen.add(name);
      }
    }
    result.push(newcomers);
  }
  return result;
}

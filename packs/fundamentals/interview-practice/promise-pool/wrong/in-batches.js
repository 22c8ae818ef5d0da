// Wrong approach: runs the tasks in groups of `limit`, so each group waits for its slowest task before the next group starts.
export async function runPool(tasks, limit) {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError("Limit must be a whole number of at least 1");
  }
  const results = [];
  for (let i = 0; i < tasks.length; i += limit) {
    const group = tasks.slice(i, i + limit);
    results.push(...(await Promise.all(group.map((task) => task()))));
  }
  return results;
}

// Wrong approach: a failed task rejects the pool, but the other workers keep starting new uploads.
export async function runPool(tasks, limit) {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError("Limit must be a whole number of at least 1");
  }
  const results = [];
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  }
  const workers = [];
  for (let i = 0; i < Math.min(limit, tasks.length); i++) workers.push(worker());
  await Promise.all(workers);
  return results;
}

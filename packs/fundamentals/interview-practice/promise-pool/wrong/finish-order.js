// Wrong approach: pushes each result when it arrives, so results come in the order the tasks finished.
export async function runPool(tasks, limit) {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError("Limit must be a whole number of at least 1");
  }
  const results = [];
  let next = 0;
  let failed = false;
  async function worker() {
    while (next < tasks.length && !failed) {
      const index = next++;
      try {
        results.push(await tasks[index]());
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  }
  const workers = [];
  for (let i = 0; i < Math.min(limit, tasks.length); i++) workers.push(worker());
  await Promise.all(workers);
  return results;
}

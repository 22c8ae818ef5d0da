// Wrong approach: starts every task at once with Promise.all, ignoring the limit.
export async function runPool(tasks, limit) {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError("Limit must be a whole number of at least 1");
  }
  return Promise.all(tasks.map((task) => task()));
}

export function retry(task, times) {
  if (times < 1) {
    throw new RangeError("times must be at least 1");
  }
  let lastError;
  for (let attempt = 1; attempt <= times; attempt++) {
    try {
      return task(attempt);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

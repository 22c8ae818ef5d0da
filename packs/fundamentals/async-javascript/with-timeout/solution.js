export function withTimeout(promise, ms) {
  const timer = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`Timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timer]);
}

export function withFallback(task, fallback) {
  try {
    return task();
  } catch (error) {
    return fallback;
  }
}

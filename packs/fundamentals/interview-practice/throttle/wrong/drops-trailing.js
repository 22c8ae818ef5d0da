// Wrong approach: ignores every call during the wait, so the driver's latest location is lost.
export function throttle(fn, waitMs) {
  let waiting = false;
  return (...args) => {
    if (waiting) return;
    fn(...args);
    waiting = true;
    setTimeout(() => {
      waiting = false;
    }, waitMs);
  };
}

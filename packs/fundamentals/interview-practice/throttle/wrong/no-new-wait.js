// Wrong approach: the run at the end of a wait does not start a new wait, so fn can run twice within waitMs.
export function throttle(fn, waitMs) {
  let waiting = false;
  let savedArgs = null;
  return (...args) => {
    if (waiting) {
      savedArgs = args;
      return;
    }
    fn(...args);
    waiting = true;
    setTimeout(() => {
      waiting = false;
      if (savedArgs !== null) {
        const saved = savedArgs;
        savedArgs = null;
        fn(...saved);
      }
    }, waitMs);
  };
}

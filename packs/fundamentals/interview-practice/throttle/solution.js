export function throttle(fn, waitMs) {
  let waiting = false;
  let savedArgs = null;

  function startWait() {
    waiting = true;
    setTimeout(() => {
      if (savedArgs !== null) {
        const args = savedArgs;
        savedArgs = null;
        fn(...args);
        startWait();
      } else {
        waiting = false;
      }
    }, waitMs);
  }

  return (...args) => {
    if (waiting) {
      savedArgs = args;
      return;
    }
    fn(...args);
    startWait();
  };
}

// Wrong approach: a debounce, which waits for the calls to stop, so nothing is sent while the car keeps moving.
export function throttle(fn, waitMs) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

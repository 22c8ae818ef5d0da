// Wrong approach: calls fn immediately on the first call of a burst and then ignores the rest until the wait is over.
export function debounce(fn, waitMs) {
  let timer = null;
  return (...args) => {
    if (timer === null) fn(...args);
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
    }, waitMs);
  };
}

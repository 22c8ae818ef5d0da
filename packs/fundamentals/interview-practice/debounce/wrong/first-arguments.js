// Wrong approach: ignores calls while a wait is pending (like a throttle), so fn runs with the first call's arguments.
export function debounce(fn, waitMs) {
  let pending = false;
  return (...args) => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      fn(...args);
    }, waitMs);
  };
}

// Wrong approach: starts a new timer on every call without clearing the previous one, so fn runs once per call.
export function debounce(fn, waitMs) {
  return (...args) => {
    setTimeout(() => fn(...args), waitMs);
  };
}

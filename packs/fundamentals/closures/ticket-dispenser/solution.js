export function makeDispenser(prefix) {
  let taken = 0;
  let called = 0;

  return {
    take: () => {
      taken = taken + 1;
      return `${prefix}-${taken}`;
    },
    call: () => {
      if (called >= taken) {
        return null;
      }
      called = called + 1;
      return `${prefix}-${called}`;
    },
    waiting: () => taken - called,
  };
}

export function makeDispenser(prefix) {
  // Your code here
  return {
    take: () => {},
    call: () => {},
    waiting: () => {},
  };
}

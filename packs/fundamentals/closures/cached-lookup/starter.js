export function makeCached(lookup) {
  // Your code here
}

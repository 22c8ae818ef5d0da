export function firstIndexOf(sorted, target) {
  // Your code here
}

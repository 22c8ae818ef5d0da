export function countPairs(amounts, target) {
  // Your code here
}

export function stopList(from, to) {
  // Your code here
}

export function maskCard(number) {
  // Your code here
}

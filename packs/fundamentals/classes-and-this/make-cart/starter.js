export function makeCart() {
  // Your code here
}

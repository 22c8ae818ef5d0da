export function checkClabe(text) {
  // Your code here
}

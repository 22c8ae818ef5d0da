export function makeButtons(labels) {
  // Your code here
}

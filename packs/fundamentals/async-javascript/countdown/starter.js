export function countdown(from, onTick, onDone) {
  // Your code here
}

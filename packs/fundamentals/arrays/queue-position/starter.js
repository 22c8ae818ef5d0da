export function queuePosition(queue, name) {
  // Your code here
}

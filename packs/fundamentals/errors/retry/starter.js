export function retry(task, times) {
  // Your code here
}

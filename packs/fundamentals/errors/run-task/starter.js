export function runTask(name, task, log) {
  // Your code here
}

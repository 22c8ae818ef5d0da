export async function runPool(tasks, limit) {
  // Your code here
}

// Remove every task with data-done="true", write how many are left into #summary,
// and return how many tasks were removed.
export function clearFinished() {
  // Your code here
}

// Runs once when the page loads.
clearFinished();

export function shortenRuns(code) {
  // Your code here
}

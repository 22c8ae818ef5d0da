export function firstTimeVisitors(days) {
  // Your code here
}

export function busiestRoute(trips) {
  // Your code here
}

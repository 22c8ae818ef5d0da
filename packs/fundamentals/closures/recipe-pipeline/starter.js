export function makePipeline(steps) {
  // Your code here
}

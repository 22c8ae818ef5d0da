export function firstBadDeploy(count, isBroken) {
  // Your code here
}

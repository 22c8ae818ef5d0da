export function countLabel(count, singular, plural) {
  // Your code here
}

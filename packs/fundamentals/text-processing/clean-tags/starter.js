export function cleanTags(text) {
  // Your code here
}

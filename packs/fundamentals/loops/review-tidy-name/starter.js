export function tidyName(text) {
  // Your code here
}

export function fileExtension(fileName) {
  // Your code here
}

export function totalSize(item) {
  // Your code here
}

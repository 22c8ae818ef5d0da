export function remindLater(message, seconds, callback) {
  // Your code here
}

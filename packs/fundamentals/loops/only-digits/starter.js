export function onlyDigits(phone) {
  // Your code here
}

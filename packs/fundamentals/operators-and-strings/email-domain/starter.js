export function emailDomain(email) {
  // Your code here
}

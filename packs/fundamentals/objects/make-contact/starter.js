export function makeContact(name, phone) {
  // Your code here
}

export class RfcError extends Error {
  // Your code here
}

export function checkRfc(text) {
  // Your code here
}

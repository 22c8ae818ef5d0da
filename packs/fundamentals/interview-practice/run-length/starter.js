export function encode(text) {
  // Your code here
}

export function decode(code) {
  // Your code here
}

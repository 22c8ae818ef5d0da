export function hasDigit(text) {
  // Your code here
}

export function hasUppercase(text) {
  // Your code here
}

export function passwordStrength(password) {
  // Your code here
}

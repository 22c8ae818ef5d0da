export class ValidationError extends Error {
  constructor(message, field) {
    super(message);
    // Your code here
  }
}

export function validateSignup(form) {
  // Your code here
}

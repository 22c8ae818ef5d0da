export class ValidationError extends Error {
  constructor(message, field) {
    super(message);
    this.name = "ValidationError";
    this.field = field;
  }
}

export function validateSignup(form) {
  const name = form.name;
  const email = form.email;
  const password = form.password;
  if (typeof name !== "string" || name.trim() === "") {
    throw new ValidationError("Name is required", "name");
  }
  if (typeof email !== "string" || !email.includes("@")) {
    throw new ValidationError("Email must contain @", "email");
  }
  if (typeof password !== "string" || password.length < 8) {
    throw new ValidationError("Password must have at least 8 characters", "password");
  }
  return true;
}

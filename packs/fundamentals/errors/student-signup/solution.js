import { ValidationError } from "./errors.js";

// form: { name, email, postalCode, curp } (all text). Throws a ValidationError for the first problem.
export function validateStudent(form) {
  if (typeof form.name !== "string" || form.name.trim() === "") {
    throw new ValidationError("name", "Name is required");
  }
  if (typeof form.email !== "string" || !/^[^@\s]+@[^@\s]+\.[a-z]+$/i.test(form.email)) {
    throw new ValidationError("email", "Email is not valid");
  }
  if (typeof form.postalCode !== "string" || !/^\d{5}$/.test(form.postalCode)) {
    throw new ValidationError("postalCode", "Postal code must be 5 digits");
  }
  if (typeof form.curp !== "string" || !/^[A-Z]{4}\d{6}[A-Z0-9]{8}$/.test(form.curp.trim().toUpperCase())) {
    throw new ValidationError("curp", "CURP is not valid");
  }
  return {
    name: form.name.trim(),
    email: form.email.toLowerCase(),
    postalCode: form.postalCode,
    curp: form.curp.trim().toUpperCase(),
  };
}

// Validates every form. Returns { students: [...valid ones], problems: ["FIELD: MESSAGE", ...] }
export function registerAll(forms) {
  const students = [];
  const problems = [];
  for (const form of forms) {
    try {
      students.push(validateStudent(form));
    } catch (error) {
      if (!(error instanceof ValidationError)) {
        throw error;
      }
      problems.push(`${error.field}: ${error.message}`);
    }
  }
  return { students, problems };
}

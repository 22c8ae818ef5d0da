export function validateAge(age) {
  if (typeof age !== "number" || Number.isNaN(age)) {
    throw new TypeError("Age must be a number");
  }
  if (age < 0 || age > 130) {
    throw new RangeError("Age must be between 0 and 130");
  }
  return age;
}

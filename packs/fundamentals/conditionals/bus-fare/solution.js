export function busFare(age) {
  if (age < 5) {
    return 0;
  } else if (age < 18) {
    return 1.5;
  } else if (age < 65) {
    return 2.5;
  } else {
    return 1;
  }
}

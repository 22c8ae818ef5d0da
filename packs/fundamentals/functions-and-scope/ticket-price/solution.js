export function ticketPrice(age) {
  if (age < 0) {
    return null;
  }
  if (age < 3) {
    return 0;
  }
  if (age < 13) {
    return 5;
  }
  if (age >= 65) {
    return 7;
  }
  return 12;
}

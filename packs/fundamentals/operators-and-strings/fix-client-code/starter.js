export function clientCode(lastName, birthYear, number) {
  const letters = lastName.trim().toUpperCase().slice(1, 4);
  const year = birthYear % 100;
  const serial = String(number).padStart(3, "0");
  return letters + year + "-" + serial;
}

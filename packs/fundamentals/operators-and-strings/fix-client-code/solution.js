export function clientCode(lastName, birthYear, number) {
  const letters = lastName.trim().toUpperCase().slice(0, 4);
  const year = String(birthYear % 100).padStart(2, "0");
  const serial = String(number).padStart(3, "0");
  return letters + year + "-" + serial;
}

// Wrong fix: repairs the letters but leaves years like 2005 as "5" instead of "05".
export function clientCode(lastName, birthYear, number) {
  const letters = lastName.trim().toUpperCase().slice(0, 4);
  const year = birthYear % 100;
  const serial = String(number).padStart(3, "0");
  return letters + year + "-" + serial;
}

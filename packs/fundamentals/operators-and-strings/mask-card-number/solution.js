export function maskCard(number) {
  const lastFour = number.slice(-4);
  return lastFour.padStart(number.length, '*');
}

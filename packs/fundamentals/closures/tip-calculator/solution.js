export function makeTipCalculator(percent) {
  return (bill) => Math.round(((bill * percent) / 100) * 100) / 100;
}

// accepts a rate of 0 centavos
export function weeklyPay(hours, hourlyCentavos) {
  if (!Number.isInteger(hours) || hours < 0 || hours > 168) {
    throw new RangeError(`Invalid hours: ${hours}`);
  }
  if (!Number.isInteger(hourlyCentavos) || hourlyCentavos < 0) {
    throw new RangeError(`Invalid rate: ${hourlyCentavos}`);
  }
  const normal = Math.min(hours, 48);
  const double = Math.min(Math.max(hours - 48, 0), 9);
  const triple = Math.max(hours - 57, 0);
  return normal * hourlyCentavos + double * 2 * hourlyCentavos + triple * 3 * hourlyCentavos;
}

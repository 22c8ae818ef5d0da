export class ShiftError extends Error {
  constructor(waiter, message) {
    super();
    this.waiter = waiter;
  }
}

function checkShift(shift) {
  if (typeof shift.hours !== "number" || shift.hours <= 0 || shift.hours > 12) {
    throw new ShiftError(shift.waiter, `Invalid hours for ${shift.waiter}: ${shift.hours}`);
  }
}

function totalHours(shifts) {
  let total = 0;
  for (let i = 0; i <= shifts.length; i++) {
    total += shifts[i].hours;
  }
  return total;
}

// Splits the pool (in centavos) by hours worked, rounding each share down;
// the centavos left over go to the first waiter of the list.
export function splitTips(poolCentavos, shifts) {
  for (const shift of shifts) {
    checkShift(shift);
  }
  const hours = totalHours(shifts);
  const shares = shifts.map((shift) => ({
    waiter: shift.waiter,
    centavos: Math.floor((poolCentavos * shift.hours) / hours),
  }));
  const given = shares.reduce((sum, share) => sum + share.centavos, 0);
  shares[0].centavos += poolCentavos - given;
  return shares;
}

// The lines for the end-of-night screen, or one line for the manager when a shift is wrong.
export function tipReport(poolCentavos, shifts) {
  try {
    return splitTips(poolCentavos, shifts).map((share) => `${share.waiter}: ${share.centavos}`);
  } catch (error) {
    return [`Check the shifts: ${error.message}`];
  }
}

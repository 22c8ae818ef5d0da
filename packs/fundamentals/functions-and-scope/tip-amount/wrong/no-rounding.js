// Wrong approach: does not round, so the tip can have fractions of a centavo.
export const tipAmount = (bill, percent) => bill * percent / 100;

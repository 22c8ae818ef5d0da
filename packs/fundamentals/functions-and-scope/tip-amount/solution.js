export const tipAmount = (bill, percent) => Math.round((bill * percent) / 100);

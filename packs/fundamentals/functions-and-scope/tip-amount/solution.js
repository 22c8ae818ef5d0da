export const tipAmount = (bill, percent) => bill * percent / 100;

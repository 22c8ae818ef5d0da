export const tipAmount = (bill, percent) => {
  // Your code here
};

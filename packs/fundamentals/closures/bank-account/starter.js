export function makeAccount(initial, overdraft = 0) {
  // Your code here
  return {
    balance: () => {},
    deposit: (amount) => {},
    withdraw: (amount) => {},
  };
}

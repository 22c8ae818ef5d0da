const NOTE_SIZE = 10;
const DAILY_LIMIT = 500;

export function withdrawCash(balance, amount) {
  if (amount <= 0) {
    return 'Invalid amount';
  }
  if (amount % NOTE_SIZE !== 0) {
    return `Amount must be a multiple of ${NOTE_SIZE}`;
  }
  if (amount > DAILY_LIMIT) {
    return `Daily limit is ${DAILY_LIMIT}`;
  }
  if (amount > balance) {
    return 'Insufficient funds';
  }
  return `Please take your cash. New balance: ${balance - amount}`;
}

export function balanceStatus(balance) {
  if (balance < 0) {
    return 'overdrawn';
  } else if (balance === 0) {
    return 'empty';
  } else if (balance < 100) {
    return 'low';
  } else {
    return 'healthy';
  }
}

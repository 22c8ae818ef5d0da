export function makeBudget(limit) {
  let spent = 0;

  return {
    spend(amount) {
      if (amount <= 0) {
        return false;
      }
      spent += amount;
      return true;
    },
    spent() {
      return spent;
    },
    remaining() {
      return limit - spent;
    },
  };
}

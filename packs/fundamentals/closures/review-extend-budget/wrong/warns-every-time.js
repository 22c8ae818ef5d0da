// Wrong: calls the callbacks after every spend at or above 80%, not just the first time.
export function makeBudget(limit) {
  let spent = 0;
  const byCategory = {};
  const warningCallbacks = [];

  return {
    spend(amount, category = "otros") {
      if (amount <= 0) {
        return false;
      }
      spent += amount;
      if (Object.hasOwn(byCategory, category)) {
        byCategory[category] += amount;
      } else {
        byCategory[category] = amount;
      }
      if (spent >= limit * 0.8) {
        for (const callback of warningCallbacks) {
          callback(limit - spent);
        }
      }
      return true;
    },
    spent() {
      return spent;
    },
    remaining() {
      return limit - spent;
    },
    spentOn(category) {
      return Object.hasOwn(byCategory, category) ? byCategory[category] : 0;
    },
    categories() {
      return Object.keys(byCategory);
    },
    onWarning(callback) {
      warningCallbacks.push(callback);
    },
  };
}

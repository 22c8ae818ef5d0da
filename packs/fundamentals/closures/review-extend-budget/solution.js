export function makeBudget(limit) {
  let spent = 0;
  const byCategory = {};
  const warningCallbacks = [];
  let warned = false;

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
      if (!warned && spent >= limit * 0.8) {
        warned = true;
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

// Wrong: keeps the records outside the factory, so every guard shares them.
const sentTimes = {};

export function makeSmsGuard(limit, windowSeconds) {
  function recent(phone, now) {
    if (!Object.hasOwn(sentTimes, phone)) {
      return [];
    }
    return sentTimes[phone].filter((time) => now - time < windowSeconds);
  }

  return {
    request(phone, now) {
      const times = recent(phone, now);
      if (times.length >= limit) {
        return false;
      }
      times.push(now);
      sentTimes[phone] = times;
      return true;
    },
    sentTo(phone, now) {
      return recent(phone, now).length;
    },
  };
}

// Wrong: records every request, even the refused ones, so a phone that keeps trying stays
// blocked forever.
export function makeSmsGuard(limit, windowSeconds) {
  const sentTimes = {};

  function recent(phone, now) {
    if (!Object.hasOwn(sentTimes, phone)) {
      return [];
    }
    return sentTimes[phone].filter((time) => now - time < windowSeconds);
  }

  return {
    request(phone, now) {
      const times = recent(phone, now);
      const allowed = times.length < limit;
      times.push(now);
      sentTimes[phone] = times;
      return allowed;
    },
    sentTo(phone, now) {
      return recent(phone, now).length;
    },
  };
}

// Wrong: keeps counting a code when exactly windowSeconds have passed, and exposes the records.
export function makeSmsGuard(limit, windowSeconds) {
  const sentTimes = {};
  return {
    sentTimes,
    request(phone, now) {
      const times = Object.hasOwn(sentTimes, phone)
        ? sentTimes[phone].filter((time) => now - time <= windowSeconds)
        : [];
      if (times.length >= limit) {
        return false;
      }
      times.push(now);
      sentTimes[phone] = times;
      return true;
    },
    sentTo(phone, now) {
      if (!Object.hasOwn(sentTimes, phone)) {
        return 0;
      }
      return sentTimes[phone].filter((time) => now - time <= windowSeconds).length;
    },
  };
}

// Races the drivers' answers: the first answer wins even when it is a "no",
// and late drivers are never released.
export function requestRide(drivers, trip, ms) {
  if (drivers.length === 0) {
    return Promise.reject(new Error("No drivers available"));
  }
  const timeLimit = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error("No driver accepted in time")), ms);
  });
  const answers = drivers.map((driver) =>
    driver.offer(trip).then((accepted) => {
      if (!accepted) {
        throw new Error("No drivers available");
      }
      return driver.name;
    }),
  );
  return Promise.race([...answers, timeLimit]);
}

// Counts the no's but only rejects when the time limit runs out, even when everybody already said no.
export function requestRide(drivers, trip, ms) {
  return new Promise((resolve, reject) => {
    let settled = false;
    setTimeout(() => {
      if (!settled) {
        settled = true;
        reject(new Error(drivers.length === 0 ? "No drivers available" : "No driver accepted in time"));
      }
    }, ms);
    for (const driver of drivers) {
      driver
        .offer(trip)
        .then((accepted) => {
          if (!accepted) {
            return;
          }
          if (settled) {
            driver.release(trip);
            return;
          }
          settled = true;
          resolve(driver.name);
        })
        .catch(() => {});
    }
  });
}

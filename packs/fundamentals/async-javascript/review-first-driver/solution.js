export function requestRide(drivers, trip, ms) {
  return new Promise((resolve, reject) => {
    if (drivers.length === 0) {
      reject(new Error("No drivers available"));
      return;
    }
    let settled = false;
    let declined = 0;

    const timer = setTimeout(() => {
      if (!settled) {
        settled = true;
        reject(new Error("No driver accepted in time"));
      }
    }, ms);

    function answer(driver, accepted) {
      if (accepted) {
        if (settled) {
          driver.release(trip);
          return;
        }
        settled = true;
        clearTimeout(timer);
        resolve(driver.name);
        return;
      }
      declined++;
      if (declined === drivers.length && !settled) {
        settled = true;
        clearTimeout(timer);
        reject(new Error("No drivers available"));
      }
    }

    for (const driver of drivers) {
      driver
        .offer(trip)
        .then((accepted) => answer(driver, accepted))
        .catch(() => answer(driver, false));
    }
  });
}

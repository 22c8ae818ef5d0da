// Settles correctly, but never releases a driver who accepts too late.
export function requestRide(drivers, trip, ms) {
  return new Promise((resolve, reject) => {
    if (drivers.length === 0) {
      reject(new Error("No drivers available"));
      return;
    }
    let declined = 0;
    const timer = setTimeout(() => reject(new Error("No driver accepted in time")), ms);
    for (const driver of drivers) {
      driver
        .offer(trip)
        .catch(() => false)
        .then((accepted) => {
          if (accepted) {
            clearTimeout(timer);
            resolve(driver.name);
            return;
          }
          declined++;
          if (declined === drivers.length) {
            clearTimeout(timer);
            reject(new Error("No drivers available"));
          }
        });
    }
  });
}

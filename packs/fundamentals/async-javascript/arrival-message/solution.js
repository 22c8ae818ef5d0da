export function arrivalMessage(getArrival, stopId) {
  return getArrival(stopId)
    .then((arrival) => {
      if (arrival.minutes === 0) {
        return `Line ${arrival.line} is arriving now`;
      }
      const unit = arrival.minutes === 1 ? "minute" : "minutes";
      return `Line ${arrival.line} arrives in ${arrival.minutes} ${unit}`;
    })
    .catch(() => `No information for stop ${stopId}`);
}

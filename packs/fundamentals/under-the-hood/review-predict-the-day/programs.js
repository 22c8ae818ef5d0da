// Six small programs from a food delivery app. Each one calls log(...) where you would write
// console.log(...), so the tests can record the order of what happens.

export function orderPlaced(log) {
  log("order received");
  setTimeout(() => log("driver assigned"), 0);
  Promise.resolve().then(() => log("payment confirmed"));
  log("show receipt");
}

export function passTheValue(log) {
  Promise.resolve(3)
    .then((tacos) => {
      log(`cooking ${tacos}`);
      return tacos * 2;
    })
    .then((tortillas) => log(`warming ${tortillas}`));
  log("waiting");
}

export function twoKitchens(log) {
  Promise.resolve()
    .then(() => log("grill 1"))
    .then(() => log("grill 2"));
  Promise.resolve()
    .then(() => log("fryer 1"))
    .then(() => log("fryer 2"));
}

export function countdown(log) {
  for (let minutes = 1; minutes <= 3; minutes++) {
    setTimeout(() => log(`ready in ${minutes}`), 30 - minutes * 10);
  }
  log("start");
}

export function timerFromPromise(log) {
  setTimeout(() => log("10 ms"), 10);
  Promise.resolve().then(() => {
    log("promise");
    setTimeout(() => log("timer from promise"), 0);
  });
  setTimeout(() => log("0 ms"), 0);
}

export function slowKitchen(log) {
  const order = new Promise((resolve) => {
    log("kitchen starts");
    setTimeout(() => {
      log("kitchen done");
      resolve("tacos");
    }, 50);
  });
  order.then((food) => log(`deliver ${food}`));
  setTimeout(() => log("driver waiting"), 20);
  log("app shows spinner");
}

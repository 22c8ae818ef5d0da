// Seven small programs. Each one reports what happens by calling log(...) instead of
// console.log(...), so that the tests can record the order.

export function breakfast(log) {
  log("order tamales");
  setTimeout(() => log("tamales ready"), 0);
  log("pay");
}

export function promiseOrTimer(log) {
  setTimeout(() => log("timer"), 0);
  Promise.resolve().then(() => log("promise"));
  log("sync");
}

export function chain(log) {
  Promise.resolve()
    .then(() => log("then 1"))
    .then(() => log("then 2"));
  setTimeout(() => log("timer"), 0);
  log("sync");
}

export function delays(log) {
  setTimeout(() => log("slow"), 100);
  setTimeout(() => log("fast"), 10);
  setTimeout(() => log("zero"), 0);
  setTimeout(() => log("zero again"), 0);
}

export function insideTimer(log) {
  setTimeout(() => {
    log("timer 1");
    Promise.resolve().then(() => log("promise from timer 1"));
  }, 0);
  setTimeout(() => log("timer 2"), 0);
}

export function insidePromise(log) {
  Promise.resolve().then(() => {
    log("promise 1");
    setTimeout(() => log("timer from promise 1"), 0);
    Promise.resolve().then(() => log("promise from promise 1"));
  });
  setTimeout(() => log("first timer"), 0);
  log("sync");
}

export function executor(log) {
  const payment = new Promise((resolve) => {
    log("inside the executor");
    resolve("paid");
  });
  payment.then((value) => log(value));
  log("after");
}

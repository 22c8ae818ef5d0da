let presses = 0;

// A counter: every call adds one and returns the new count.
export function makeCounter() {
  return function () {
    presses = presses + 1;
    return presses;
  };
}

// One button per dish. Pressing a button (calling it) returns "DISH: COUNT".
export function makeButtons(dishes) {
  const buttons = [];
  for (var i = 0; i < dishes.length; i++) {
    const counter = makeCounter();
    buttons.push(function () {
      return `${dishes[i]}: ${counter()}`;
    });
  }
  return buttons;
}

// Wrong fix: copies the name into a variable when the greeter is made, which is the same
// stale value under another name.
export function makeKiosk(prefix) {
  let turns = 0;
  return {
    next() {
      turns++;
      return `${prefix}-${turns}`;
    },
    count() {
      return turns;
    },
  };
}

export function makeButtons(labels, onPress) {
  const buttons = [];
  for (let i = 0; i < labels.length; i++) {
    buttons.push(() => onPress(labels[i]));
  }
  return buttons;
}

export function makeGreeter(clinic) {
  const name = clinic.name;
  return (patient) => `Welcome to ${name}, ${patient}!`;
}

// Wrong fix: reads the label into a var inside the loop, but a var is still one variable
// for the whole function, so every button gets the last label.
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
  for (var i = 0; i < labels.length; i++) {
    var label = labels[i];
    buttons.push(() => onPress(label));
  }
  return buttons;
}

export function makeGreeter(clinic) {
  return (patient) => `Welcome to ${clinic.name}, ${patient}!`;
}

// Wrong fix: resets the shared counter when a kiosk is made, so kiosks still share one count.
let turns = 0;

export function makeKiosk(prefix) {
  turns = 0;
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
  return (patient) => `Welcome to ${clinic.name}, ${patient}!`;
}

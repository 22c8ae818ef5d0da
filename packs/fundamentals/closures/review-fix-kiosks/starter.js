let turns = 0;

export function makeKiosk(prefix) {
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
    buttons.push(() => onPress(labels[i]));
  }
  return buttons;
}

export function makeGreeter(clinic) {
  const greeting = `Welcome to ${clinic.name}`;
  return (patient) => `${greeting}, ${patient}!`;
}

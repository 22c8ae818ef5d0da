export function makeButtons(labels) {
  const total = labels.length;
  return labels.map((label, i) => () => `You pressed ${label} (button ${i + 1} of ${total})`);
}

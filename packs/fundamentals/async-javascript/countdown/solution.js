export function countdown(from, onTick, onDone) {
  if (from <= 0) {
    onDone();
    return;
  }

  let current = from;
  onTick(current);

  const id = setInterval(() => {
    current--;
    if (current === 0) {
      clearInterval(id);
      onDone();
    } else {
      onTick(current);
    }
  }, 1000);
}

// Wrong: replace with a string removes only the first comma, so amounts over a million break.
export function parseMovement(line) {
  const parts = line.split("|").map((part) => part.trim());
  return {
    date: parts[0],
    description: parts[1],
    centavos: Math.round(Number(parts[2].replace(",", "")) * 100),
  };
}

export function parseStatement(text) {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map(parseMovement);
}

export function balance(text) {
  return parseStatement(text).reduce((sum, movement) => sum + movement.centavos, 0);
}

function plain(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

export function searchMovements(text, word) {
  const wanted = plain(word);
  return parseStatement(text).filter((movement) => plain(movement.description).includes(wanted));
}

export function monthSummary(text, month) {
  const movements = parseStatement(text).filter((movement) => movement.date.startsWith(month));
  const income = movements
    .filter((movement) => movement.centavos > 0)
    .reduce((sum, movement) => sum + movement.centavos, 0);
  const spending = movements
    .filter((movement) => movement.centavos < 0)
    .reduce((sum, movement) => sum - movement.centavos, 0);
  return { income, spending };
}

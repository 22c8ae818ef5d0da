// Wrong: the search lowercases but keeps accents, and spending stays negative.
export function parseMovement(line) {
  const parts = line.split("|").map((part) => part.trim());
  return {
    date: parts[0],
    description: parts[1],
    centavos: Math.round(Number(parts[2].replaceAll(",", "")) * 100),
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

export function searchMovements(text, word) {
  return parseStatement(text).filter((movement) =>
    movement.description.toLowerCase().includes(word.toLowerCase()),
  );
}

export function monthSummary(text, month) {
  const movements = parseStatement(text).filter((movement) => movement.date.startsWith(month));
  const income = movements
    .filter((movement) => movement.centavos > 0)
    .reduce((sum, movement) => sum + movement.centavos, 0);
  const spending = movements
    .filter((movement) => movement.centavos < 0)
    .reduce((sum, movement) => sum + movement.centavos, 0);
  return { income, spending };
}

export function parseMovement(line) {
  const parts = line.split("|").map((part) => part.trim());
  return {
    date: parts[0],
    description: parts[1],
    centavos: Math.round(Number(parts[2]) * 100),
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
  // Your code here
}

export function monthSummary(text, month) {
  // Your code here
}

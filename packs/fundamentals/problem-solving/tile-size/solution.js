function greatestCommonDivisor(a, b) {
  while (b !== 0) {
    const remainder = a % b;
    a = b;
    b = remainder;
  }
  return a;
}

export function biggestTile(width, length) {
  if (width <= 0 || length <= 0) {
    return null;
  }
  const side = greatestCommonDivisor(width, length);
  return { side, tiles: (width / side) * (length / side) };
}

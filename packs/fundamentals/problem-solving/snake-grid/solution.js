export function snakeGrid(rows, cols) {
  if (rows <= 0 || cols <= 0) {
    return "";
  }
  const width = String(rows * cols).length;
  const lines = [];
  for (let r = 0; r < rows; r++) {
    const seats = [];
    for (let c = 0; c < cols; c++) {
      const seat = r % 2 === 0 ? r * cols + c + 1 : r * cols + cols - c;
      seats.push(String(seat).padStart(width));
    }
    lines.push(seats.join(" "));
  }
  return lines.join("\n");
}

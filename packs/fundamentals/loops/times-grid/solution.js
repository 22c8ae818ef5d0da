export function timesGrid(size) {
  const width = String(size * size).length;
  let grid = '';

  for (let row = 1; row <= size; row++) {
    let line = '';
    for (let col = 1; col <= size; col++) {
      if (line !== '') {
        line += ' ';
      }
      line += String(row * col).padStart(width, ' ');
    }
    if (grid !== '') {
      grid += '\n';
    }
    grid += line;
  }

  return grid;
}

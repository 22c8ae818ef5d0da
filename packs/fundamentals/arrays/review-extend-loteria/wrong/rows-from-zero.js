// Numbers the rows and columns from 0, as JavaScript does, instead of from 1 for the players.
export function markTabla(tabla, called) {
  const marks = [];
  for (const row of tabla) {
    const markedRow = [];
    for (const card of row) {
      markedRow.push(called.includes(card));
    }
    marks.push(markedRow);
  }
  return marks;
}

export function countMarked(marks) {
  let count = 0;
  for (const row of marks) {
    for (const marked of row) {
      if (marked) {
        count++;
      }
    }
  }
  return count;
}

export function winningLine(marks) {
  const size = marks.length;
  for (let r = 0; r < size; r++) {
    let full = true;
    for (let c = 0; c < marks[r].length; c++) {
      if (!marks[r][c]) {
        full = false;
        break;
      }
    }
    if (full) {
      return `row ${r}`;
    }
  }
  for (let c = 0; c < marks[0].length; c++) {
    let full = true;
    for (let r = 0; r < size; r++) {
      if (!marks[r][c]) {
        full = false;
        break;
      }
    }
    if (full) {
      return `column ${c + 1}`;
    }
  }
  const last = size - 1;
  if (marks[0][0] && marks[0][last] && marks[last][0] && marks[last][last]) {
    return "corners";
  }
  return "";
}

export function hasLoteria(tabla, called) {
  return winningLine(markTabla(tabla, called)) !== "";
}

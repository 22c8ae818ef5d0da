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
  // Your code here
}

export function hasLoteria(tabla, called) {
  // Your code here
}

const ROW_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function seatMap(rows, seatsPerRow) {
  let map = "";
  let line = "";
  for (let row = 0; row < rows; row++) {
    for (let seat = 0; seat < seatsPerRow; seat++) {
      if (seat > 0) {
        line += " ";
      }
      line += ROW_LETTERS[row] + seat;
    }
    map += line;
    if (row < rows - 1) {
      map += "\n";
    }
  }
  return map;
}

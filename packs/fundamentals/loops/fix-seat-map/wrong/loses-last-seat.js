// Wrong fix: starts the seats at 1 but keeps `< seatsPerRow`, so each row loses its last seat.
const ROW_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function seatMap(rows, seatsPerRow) {
  let map = "";
  for (let row = 0; row < rows; row++) {
    let line = "";
    for (let seat = 1; seat < seatsPerRow; seat++) {
      if (seat > 1) {
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

// Adds the separator after each cell, so every line ends with a space and the calendar with a newline.
export function monthCalendar(days, firstWeekday) {
  let text = "Mo Tu We Th Fr Sa Su";
  const cells = firstWeekday + days;
  for (let cell = 0; cell < cells; cell++) {
    if (cell === 0) {
      text += "\n";
    }
    if (cell < firstWeekday) {
      text += "  ";
    } else {
      const day = cell - firstWeekday + 1;
      text += String(day).padStart(2, " ");
    }
    if (cell % 7 === 6) {
      text += "\n";
    } else {
      text += " ";
    }
  }
  return text;
}

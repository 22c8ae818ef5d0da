export function monthCalendar(days, firstWeekday) {
  let text = "Mo Tu We Th Fr Sa Su";
  const cells = firstWeekday + days;
  for (let cell = 0; cell < cells; cell++) {
    if (cell % 7 === 0) {
      text += "\n";
    } else {
      text += " ";
    }
    if (cell < firstWeekday) {
      text += "  ";
    } else {
      const day = cell - firstWeekday + 1;
      text += String(day).padStart(2, " ");
    }
  }
  return text;
}

export class TimesheetError extends Error {
  constructor(line, message) {
    super(`Line ${line}: ${message}`);
    this.name = "TimesheetError";
    this.line = line;
  }
}

// "9:15 AM" -> 555 minutes after midnight, or null when the text is not a valid time.
function toMinutes(text) {
  const match = text.match(/^(\d{1,2}):(\d{2}) (AM|PM)$/);
  if (match === null) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour < 1 || hour > 12 || minute > 59) return null;
  return (hour % 12) * 60 + (match[3] === "PM" ? 12 * 60 : 0) + minute;
}

export function weeklyInvoice(text, rateCents) {
  const byDate = new Map();
  const lines = text.split("\n");
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    if (raw.trim() === "") return;
    const [date, start, end] = raw.split(";").map((field) => field.trim());
    const from = toMinutes(start ?? "");
    if (from === null) throw new TimesheetError(lineNumber, `invalid time "${start ?? ""}"`);
    const to = toMinutes(end ?? "");
    if (to === null) throw new TimesheetError(lineNumber, `invalid time "${end ?? ""}"`);
    if (to <= from) throw new TimesheetError(lineNumber, "end must be after start");
    byDate.set(date, (byDate.get(date) ?? 0) + (to - from));
  });

  const days = [...byDate]
    .map(([date, minutes]) => ({ date, minutes }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const totalMinutes = days.reduce((sum, day) => sum + day.minutes, 0);
  return { days, totalMinutes, amountCents: Math.round((totalMinutes * rateCents) / 60) };
}

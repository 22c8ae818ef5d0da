// Appends the new rows after the rows of the previous call instead of replacing them.
function toMinutes(time) {
  const [hours, minutes] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

function makeRow(departure, now) {
  const row = document.createElement("tr");
  row.dataset.route = departure.route;
  const canceled = departure.status === "canceled";
  const cells = [
    departure.time,
    departure.destination,
    departure.route,
    canceled ? "—" : String(departure.platform),
    departure.status,
  ];
  for (const text of cells) {
    const cell = document.createElement("td");
    cell.textContent = text;
    row.append(cell);
  }
  const minutesAway = toMinutes(departure.time) - toMinutes(now);
  row.classList.toggle("soon", minutesAway <= 10);
  row.classList.toggle("canceled", canceled);
  return row;
}

// Shows the next departures (at most 8, sorted by time) in #departures.
export function renderBoard(departures, now) {
  document.getElementById("clock").textContent = now;
  const next = departures
    .filter((departure) => departure.time >= now)
    .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0))
    .slice(0, 8);
  const body = document.getElementById("departures");
  for (const departure of next) {
    body.append(makeRow(departure, now));
  }
  document.getElementById("no-departures").hidden = next.length > 0;
}

renderBoard(
  [
    { time: "14:05", destination: "Mérida", route: "ADO 512", platform: 3, status: "on time" },
    { time: "13:40", destination: "Oaxaca", route: "ADO 230", platform: 7, status: "on time" },
    { time: "15:30", destination: "Veracruz", route: "AU 118", platform: 1, status: "canceled" },
  ],
  "13:58",
);

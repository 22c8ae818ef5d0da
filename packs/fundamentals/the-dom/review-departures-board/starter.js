// Shows the next departures (at most 8, sorted by time) in #departures.
export function renderBoard(departures, now) {
  // Your code here
}

renderBoard(
  [
    { time: "14:05", destination: "Mérida", route: "ADO 512", platform: 3, status: "on time" },
    { time: "13:40", destination: "Oaxaca", route: "ADO 230", platform: 7, status: "on time" },
    { time: "15:30", destination: "Veracruz", route: "AU 118", platform: 1, status: "canceled" },
  ],
  "13:58",
);

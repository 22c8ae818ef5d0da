// Reverses the line it receives to go backward, which changes the caller's array.
export function tripStations(line, from, to) {
  const start = line.indexOf(from);
  const end = line.indexOf(to);
  if (start === -1 || end === -1) {
    return null;
  }
  if (start <= end) {
    return line.slice(start, end + 1);
  }
  line.reverse();
  return line.slice(line.length - 1 - start, line.length - end);
}

export function tripSummary(line, from, to) {
  const stations = tripStations(line, from, to);
  if (stations === null) {
    return "Unknown station";
  }
  const stops = stations.length - 1;
  if (stops === 0) {
    return `You are already at ${from}`;
  }
  const word = stops === 1 ? "stop" : "stops";
  return `${stops} ${word}: ${stations.join(" → ")}`;
}

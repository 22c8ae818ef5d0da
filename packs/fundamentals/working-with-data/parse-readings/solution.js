export function parseReadings(text) {
  const readings = [];
  const errors = [];
  const lines = text.split("\n");

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") {
      continue;
    }
    try {
      readings.push(JSON.parse(line));
    } catch (error) {
      errors.push(i + 1);
    }
  }

  return { readings, errors };
}

function toValue(cell) {
  if (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(cell)) {
    return Number(cell);
  }
  return cell;
}

export function csvToRecords(text, textColumns = []) {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (lines.length === 0) {
    return [];
  }
  const columns = lines[0].split(",").map((name) => name.trim());
  const records = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(",");
    const record = {};
    columns.forEach((name, i) => {
      const cell = i < cells.length ? cells[i].trim() : "";
      record[name] = textColumns.includes(name) ? cell : toValue(cell);
    });
    records.push(record);
  }
  return records;
}

export function readSettings(text) {
  const settings = {};
  for (const rawLine of text.split("\n")) {
    const line = rawLine.trim();
    const equals = line.indexOf("=");
    if (line === "" || line.startsWith("#") || equals === -1) {
      continue;
    }
    const key = line.slice(0, equals).trim();
    const value = line.slice(equals + 1).trim();
    settings[key] = value;
  }
  return settings;
}

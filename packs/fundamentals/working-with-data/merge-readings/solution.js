export function mergeReadings(saved, incoming) {
  const byId = {};
  const ids = [];

  for (const reading of saved) {
    byId[reading.id] = { ...reading };
    ids.push(reading.id);
  }

  for (const reading of incoming) {
    const known = {};
    for (const [key, value] of Object.entries(reading)) {
      if (value !== null && value !== undefined) {
        known[key] = value;
      }
    }

    if (!Object.hasOwn(byId, reading.id)) {
      ids.push(reading.id);
    }
    byId[reading.id] = { ...byId[reading.id], ...known };
  }

  return ids.map((id) => byId[id]);
}

// Gives stickers only to badges scanned more than the minimum, not at least the minimum.
export function uniqueAttendees(scans) {
  return new Set(scans).size;
}

export function scansPerBadge(scans) {
  const counts = new Map();
  for (const badge of scans) {
    counts.set(badge, (counts.get(badge) ?? 0) + 1);
  }
  return counts;
}

export function regulars(scans, minimum) {
  const result = [];
  for (const [badge, count] of scansPerBadge(scans)) {
    if (count > minimum) {
      result.push(badge);
    }
  }
  return result;
}

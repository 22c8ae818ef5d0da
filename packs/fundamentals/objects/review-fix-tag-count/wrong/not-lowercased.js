// Counts the tags as typed, so "Coffee" and "coffee" are two tags.
export function countTags(reviews) {
  const counts = {};
  for (const review of reviews) {
    for (const tag of review.tags) {
      const clean = tag;
      if (Object.hasOwn(counts, clean)) {
        counts[clean] = counts[clean] + 1;
      } else {
        counts[clean] = 1;
      }
    }
  }
  return counts;
}

export function topTag(counts) {
  let best = null;
  for (const [tag, count] of Object.entries(counts)) {
    if (best === null || count > counts[best]) {
      best = tag;
    }
  }
  return best;
}

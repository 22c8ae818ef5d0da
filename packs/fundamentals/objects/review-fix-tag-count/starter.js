export function countTags(reviews) {
  const counts = {};
  for (const review in reviews) {
    for (const tag of review.tags) {
      const clean = tag.toLowerCase();
      if (clean in counts) {
        counts[clean] = counts[clean] + 1;
      } else {
        counts.clean = 1;
      }
    }
  }
  return counts;
}

export function topTag(counts) {
  let best = null;
  for (const [tag, count] of Object.entries(counts)) {
    if (best === null || count >= counts[best]) {
      best = tag;
    }
  }
  return best;
}

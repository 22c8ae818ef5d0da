// Fixes the loop and the check but still writes counts.clean, a key literally called "clean".
export function countTags(reviews) {
  const counts = {};
  for (const review of reviews) {
    for (const tag of review.tags) {
      const clean = tag.toLowerCase();
      if (Object.hasOwn(counts, clean)) {
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
    if (best === null || count > counts[best]) {
      best = tag;
    }
  }
  return best;
}

// Wrong fix: averageRating handles an empty list, but the summary still prints stars for it.
// ratings: whole numbers from 1 to 5, one per customer review.
// Returns the average rounded to one decimal, halves up: [5, 4, 4] → 4.3
export function averageRating(ratings) {
  if (ratings.length === 0) {
    return 0;
  }
  let sum = 0;
  for (let i = 0; i < ratings.length; i++) {
    sum += ratings[i];
  }
  return Math.round((sum * 10) / ratings.length) / 10;
}

// 4.3 → "★★★★☆": one full star per point, rounded to the nearest whole star.
export function starBar(average) {
  const full = Math.round(average);
  return "★".repeat(full) + "☆".repeat(5 - full);
}

// [5, 4, 4] → "★★★★☆ 4.3 (3 reviews)"
export function ratingSummary(ratings) {
  const average = averageRating(ratings);
  const word = ratings.length === 1 ? "review" : "reviews";
  return `${starBar(average)} ${average.toFixed(1)} (${ratings.length} ${word})`;
}

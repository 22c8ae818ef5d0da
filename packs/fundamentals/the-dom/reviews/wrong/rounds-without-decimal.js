// Rounds the average with Math.round(x * 10) / 10, so 4 shows as "4" instead of "4.0".
function makeReview(review) {
  const article = document.createElement("article");
  article.classList.add("review");
  article.classList.toggle("top", review.stars === 5);
  const author = document.createElement("h3");
  author.textContent = review.author;
  const stars = document.createElement("p");
  stars.classList.add("stars");
  stars.setAttribute("aria-label", `${review.stars} out of 5 stars`);
  stars.textContent = "★".repeat(review.stars) + "☆".repeat(5 - review.stars);
  const text = document.createElement("p");
  text.classList.add("text");
  text.textContent = review.text;
  article.append(author, stars, text);
  return article;
}

export function renderReviews(reviews) {
  document.getElementById("reviews").replaceChildren(...reviews.map(makeReview));
  const average = document.getElementById("average");
  average.hidden = reviews.length === 0;
  document.getElementById("no-reviews").hidden = reviews.length > 0;
  if (reviews.length === 0) {
    return;
  }
  const total = reviews.reduce((sum, r) => sum + r.stars, 0);
  const mean = Math.round((total / reviews.length) * 10) / 10;
  const label = reviews.length === 1 ? "1 review" : `${reviews.length} reviews`;
  average.textContent = `${mean} out of 5 · ${label}`;
}

renderReviews([
  { author: "Daniela", stars: 5, text: "The best trompo in Monterrey." },
  { author: "Jorge", stars: 4, text: "Great tacos, a bit of a wait on Fridays." },
  { author: "Mike", stars: 4, text: "Came with coworkers from the US office. We'll be back!" },
]);

function makeReview(review) {
  const article = document.createElement("article");
  article.classList.add("review");
  if (review.stars === 5) {
    article.classList.add("top");
  }

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
  const empty = reviews.length === 0;
  average.hidden = empty;
  document.getElementById("no-reviews").hidden = !empty;
  if (empty) {
    return;
  }

  const totalStars = reviews.reduce((sum, review) => sum + review.stars, 0);
  const mean = (totalStars / reviews.length).toFixed(1);
  const label = reviews.length === 1 ? "1 review" : `${reviews.length} reviews`;
  average.textContent = `${mean} out of 5 · ${label}`;
}

renderReviews([
  { author: "Daniela", stars: 5, text: "The best trompo in Monterrey." },
  { author: "Jorge", stars: 4, text: "Great tacos, a bit of a wait on Fridays." },
  { author: "Mike", stars: 4, text: "Came with coworkers from the US office. We'll be back!" },
]);

// Show one <article class="review"> per review in #reviews, the average in #average,
// and the #no-reviews message when there are no reviews.
export function renderReviews(reviews) {
  // Your code here
}

// Runs once when the page loads.
renderReviews([
  { author: "Daniela", stars: 5, text: "The best trompo in Monterrey." },
  { author: "Jorge", stars: 4, text: "Great tacos, a bit of a wait on Fridays." },
  { author: "Mike", stars: 4, text: "Came with coworkers from the US office. We'll be back!" },
]);

// Show the stalls of one category (or all of them with "all"), mark its button as active,
// update the summary, and return how many stalls are shown.
export function showOnly(category) {
  // Your code here
}

// Runs once when the page loads.
showOnly("all");

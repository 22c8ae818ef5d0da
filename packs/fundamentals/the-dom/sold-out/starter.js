// Give every product with data-stock="0" the class "sold-out", take it away from the others,
// and return how many products are sold out.
export function markSoldOut() {
  // Your code here
}

// Runs once when the page loads.
markSoldOut();

// Copy the café's name from the footer (<span id="brand">) into the <h1>.
export function showCafeName() {
  // Your code here
}

// Runs once when the page loads.
showCafeName();

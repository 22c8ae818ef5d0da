// Returns the `city` query parameter of `address`, or null when there is none.
export function cityFrom(address) {
  // Your code here
}

// Show the city of this page's own address in the heading #city-name.

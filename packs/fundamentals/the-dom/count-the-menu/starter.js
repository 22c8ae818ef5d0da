// Count the dishes (the li elements inside #food), write the message into #count,
// and return the number of dishes.
export function countDishes() {
  // Your code here
}

// Runs once when the page loads.
countDishes();

// Counts every li on the page, drinks included.
export function countDishes() {
  const count = document.querySelectorAll("li").length;
  let message;
  if (count === 0) {
    message = "No dishes today";
  } else if (count === 1) {
    message = "1 dish today";
  } else {
    message = `${count} dishes today`;
  }
  document.getElementById("count").textContent = message;
  return count;
}

countDishes();

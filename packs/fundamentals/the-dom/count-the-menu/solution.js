export function countDishes() {
  const dishes = document.querySelectorAll("#food li");
  const count = dishes.length;

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

// Adds "active" to the chosen button but never removes it from the others.
export function showOnly(category) {
  const stalls = document.querySelectorAll("#stalls li");
  let shown = 0;
  for (const stall of stalls) {
    const visible = category === "all" || stall.dataset.category === category;
    stall.hidden = !visible;
    if (visible) {
      shown++;
    }
  }
  for (const button of document.querySelectorAll(".filters button")) {
    if (button.dataset.filter === category) {
      button.classList.add("active");
    }
  }
  document.getElementById("summary").textContent = `Showing ${shown} of ${stalls.length} stalls`;
  return shown;
}

showOnly("all");

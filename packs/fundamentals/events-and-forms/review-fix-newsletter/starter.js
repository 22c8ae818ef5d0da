const form = document.querySelector("#signup");
const button = form.querySelector("button");
const emailField = document.querySelector("#email");
const consent = document.querySelector("#consent");
const emailError = document.querySelector("#email-error");
const consentError = document.querySelector("#consent-error");
const thanks = document.querySelector("#thanks");

const email = emailField.value.trim();

button.addEventListener("click", () => {
  let ok = true;
  if (email === "") {
    emailError.textContent = "Please write your email.";
    emailField.setAttribute("aria-invalid", "true");
    ok = false;
  } else if (!email.includes("@")) {
    emailError.textContent = "That email is missing an @.";
    emailField.setAttribute("aria-invalid", "true");
    ok = false;
  }
  if (!consent.value) {
    consentError.textContent = "Please tick the box to agree.";
    ok = false;
  }
  if (ok) {
    thanks.textContent = `Thanks! We'll write to ${email} every Friday.`;
    form.reset();
  }
});

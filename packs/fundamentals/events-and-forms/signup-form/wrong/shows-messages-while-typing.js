// Shows every message while the person types, even before the first submit.
const MESSAGES = {
  nameMissing: 'Please enter your name.',
  emailMissing: 'Please enter your email.',
  emailInvalid: 'Enter an email like ana@example.com.',
  phoneMissing: 'Please enter your cell phone number.',
  phoneInvalid: 'Use 10 digits with no spaces, like 4771234567.',
};

const form = document.querySelector('#signup');
const nameField = document.querySelector('#name');
const emailField = document.querySelector('#email');
const phoneField = document.querySelector('#phone');
const success = document.querySelector('#success');
const fields = [nameField, emailField, phoneField];

function errorFor(field) {
  return document.querySelector(`#${field.id}-error`);
}

function messageFor(field) {
  if (field.value.trim() === '') {
    if (field === nameField) return MESSAGES.nameMissing;
    if (field === emailField) return MESSAGES.emailMissing;
    return MESSAGES.phoneMissing;
  }
  if (field.validity.typeMismatch) return MESSAGES.emailInvalid;
  if (field.validity.patternMismatch) return MESSAGES.phoneInvalid;
  return '';
}

function showMessage(field, message) {
  errorFor(field).textContent = message;
  field.setAttribute('aria-invalid', message === '' ? 'false' : 'true');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  let firstProblem = null;
  for (const field of fields) {
    const message = messageFor(field);
    showMessage(field, message);
    if (message !== '' && firstProblem === null) firstProblem = field;
  }
  if (firstProblem !== null) {
    success.textContent = '';
    firstProblem.focus();
    return;
  }
  success.textContent = `Thanks, ${nameField.value.trim()}! A recruiter will call you at ${phoneField.value}.`;
});

for (const field of fields) {
  field.addEventListener('input', () => showMessage(field, messageFor(field)));
}

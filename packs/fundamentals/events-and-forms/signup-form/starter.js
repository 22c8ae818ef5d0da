// On submit: no reload; a message (or '') under each field and aria-invalid on each field;
// focus on the first field with a problem, or the thanks in #success when all are fine.
// While typing: clear a field's message as soon as the field is fine.
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

// errorFor(emailField) is the element #email-error.
function errorFor(field) {
  return document.querySelector(`#${field.id}-error`);
}

// Your code here

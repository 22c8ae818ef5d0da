// Clicking #toggle-password switches the password field between hidden and shown.
// Hidden: type "password", button text "Show password", aria-pressed "false".
// Shown:  type "text",     button text "Hide password", aria-pressed "true".
const passwordField = document.querySelector('#password');
const toggleButton = document.querySelector('#toggle-password');

// Your code here

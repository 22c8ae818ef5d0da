// When either password field changes, give #repeat the custom message
// "The passwords do not match." if it is not empty and differs from #password (else clear it).
// On submit: no reload, and "Your account is ready." in #status.
const form = document.querySelector('#sign-up');
const password = document.querySelector('#password');
const repeat = document.querySelector('#repeat');
const status = document.querySelector('#status');

// Your code here

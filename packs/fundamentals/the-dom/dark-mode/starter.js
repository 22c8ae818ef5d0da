// Bring the page into the theme "light" or "dark": the body's data-theme and class "dark",
// and the button's text and aria-pressed. Ignore any other value.
export function setTheme(theme) {
  // Your code here
}

// Switch to the other theme and return its name.
export function toggleTheme() {
  // Your code here
}

// Runs once when the page loads: use the theme written in the HTML.
setTheme(document.body.dataset.theme);

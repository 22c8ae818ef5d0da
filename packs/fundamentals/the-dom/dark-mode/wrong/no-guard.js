// Treats every value that is not "dark" as light, instead of ignoring it.
export function setTheme(theme) {
  const isDark = theme === "dark";
  document.body.dataset.theme = isDark ? "dark" : "light";
  document.body.classList.toggle("dark", isDark);
  const button = document.getElementById("theme-button");
  button.textContent = isDark ? "Dark mode: on" : "Dark mode: off";
  button.setAttribute("aria-pressed", String(isDark));
}

export function toggleTheme() {
  const next = document.body.dataset.theme === "dark" ? "light" : "dark";
  setTheme(next);
  return next;
}

setTheme(document.body.dataset.theme);

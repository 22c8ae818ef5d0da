export function setTheme(theme) {
  if (theme !== "light" && theme !== "dark") {
    return;
  }
  const isDark = theme === "dark";

  document.body.dataset.theme = theme;
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

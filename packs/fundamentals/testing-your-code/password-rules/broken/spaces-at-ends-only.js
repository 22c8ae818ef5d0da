// notices spaces only at the start or the end
export function checkPassword(password) {
  const problems = [];
  if (password.length < 10) {
    problems.push("too-short");
  }
  if (!/[0-9]/.test(password)) {
    problems.push("no-digit");
  }
  if (!/[A-Z]/.test(password)) {
    problems.push("no-uppercase");
  }
  if (password.trim() !== password) {
    problems.push("has-space");
  }
  return problems;
}

// counts any letter as uppercase (a regex with the i flag)
export function checkPassword(password) {
  const problems = [];
  if (password.length < 10) {
    problems.push("too-short");
  }
  if (!/[0-9]/.test(password)) {
    problems.push("no-digit");
  }
  if (!/[A-Z]/i.test(password)) {
    problems.push("no-uppercase");
  }
  if (password.includes(" ")) {
    problems.push("has-space");
  }
  return problems;
}

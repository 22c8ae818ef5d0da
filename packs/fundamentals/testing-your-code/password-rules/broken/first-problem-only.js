// reports only the first problem it finds
export function checkPassword(password) {
  const problems = [];
  if (password.length < 10) {
    return ["too-short"];
  }
  if (!/[0-9]/.test(password)) {
    return ["no-digit"];
  }
  if (!/[A-Z]/.test(password)) {
    return ["no-uppercase"];
  }
  if (password.includes(" ")) {
    return ["has-space"];
  }
  return problems;
}

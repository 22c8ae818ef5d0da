export function hasDigit(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c >= "0" && c <= "9") {
      return true;
    }
  }
  return false;
}

export function hasUppercase(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== c.toLowerCase()) {
      return true;
    }
  }
  return false;
}

export function passwordStrength(password) {
  let points = 0;
  if (password.length >= 8) {
    points++;
  }
  if (hasDigit(password)) {
    points++;
  }
  if (hasUppercase(password)) {
    points++;
  }

  if (points === 3) {
    return "strong";
  }
  if (points === 2) {
    return "medium";
  }
  return "weak";
}

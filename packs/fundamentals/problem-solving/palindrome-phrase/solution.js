function cleanText(phrase) {
  return phrase
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]/g, "");
}

export function isPalindromePhrase(phrase) {
  const clean = cleanText(phrase);
  if (clean === "") {
    return false;
  }
  let reversed = "";
  for (let i = clean.length - 1; i >= 0; i--) {
    reversed += clean[i];
  }
  return clean === reversed;
}

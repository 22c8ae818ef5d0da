function nameKey(name) {
  let plain = "";
  for (const char of name.toLowerCase().normalize("NFD")) {
    if (char < "\u0300" || char > "\u036f") {
      plain += char;
    }
  }
  return plain
    .split(" ")
    .filter((word) => word !== "")
    .join(" ");
}

export function sameName(a, b) {
  return nameKey(a) === nameKey(b);
}

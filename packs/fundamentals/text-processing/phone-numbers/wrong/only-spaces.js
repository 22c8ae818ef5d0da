// Wrong fix: removes only spaces, so parentheses, dashes and "+" stay in the text.
// Removes everything that is not a digit.
export function digitsOnly(raw) {
  return raw.replaceAll(" ", "");
}

// Returns a Mexican phone number as "55 1234 5678", or null when it isn't one.
export function formatPhone(raw) {
  let digits = digitsOnly(raw);
  if (digits.length === 12 && digits.startsWith("52")) {
    digits = digits.slice(2);
  }
  if (!/^\d{10}$/.test(digits)) {
    return null;
  }
  return `${digits.slice(0, 2)} ${digits.slice(2, 6)} ${digits.slice(6)}`;
}

// ["Ana: (55) 1234-5678"] → ["Ana: 55 1234 5678"]
export function formatContacts(lines) {
  const result = [];
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim();
    const phone = formatPhone(line.slice(colon + 1));
    if (phone === null) {
      result.push(`${name}: invalid number`);
    } else {
      result.push(`${name}: ${phone}`);
    }
  }
  return result;
}

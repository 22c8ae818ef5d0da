export function fullName(first, last) {
  return `${first.trim()} ${last.trim()}`.trim();
}

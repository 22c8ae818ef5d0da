export function makeInitials(first, last) {
  return `${first[0].toUpperCase()}.${last[0].toUpperCase()}.`;
}

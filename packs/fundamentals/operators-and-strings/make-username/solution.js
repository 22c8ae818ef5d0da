export function makeUsername(first, last) {
  const initial = first.trim().slice(0, 1);
  const surname = last.trim();
  return (initial + surname).toLowerCase();
}

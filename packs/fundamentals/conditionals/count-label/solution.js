export function countLabel(count, singular, plural) {
  const word = count === 1 ? singular : plural;
  return `${count} ${word}`;
}

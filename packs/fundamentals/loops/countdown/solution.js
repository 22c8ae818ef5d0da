export function countdown(start) {
  let text = '';
  let count = start;
  while (count > 0) {
    text += `${count} `;
    count -= 1;
  }
  return `${text}Liftoff!`;
}

// Wrong approach: builds the countdown with a loop instead of recursion.
export function countdown(n) {
  let text = "";
  for (let i = n; i >= 1; i--) {
    text += `${i} `;
  }
  return `${text}Lift off!`;
}

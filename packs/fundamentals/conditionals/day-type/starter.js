export function dayType(day) {
  // Your code here
}

export function toFahrenheit(celsius) {
  // Your code here
}

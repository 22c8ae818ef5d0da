export function missingFields(form, required) {
  // Your code here
}

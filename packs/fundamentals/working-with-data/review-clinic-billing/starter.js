export function billingByInsurer(jsonText) {
  // Your code here
}

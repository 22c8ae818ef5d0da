export async function bestQuote(suppliers, item, ms) {
  // Your code here
}

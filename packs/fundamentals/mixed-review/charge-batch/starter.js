export async function chargeAll(charges, gateway) {
  // Your code here
}

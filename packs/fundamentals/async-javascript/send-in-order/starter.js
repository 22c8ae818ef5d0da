export async function sendAll(orders, send) {
  // Your code here
}

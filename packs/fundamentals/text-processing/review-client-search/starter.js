export function searchClients(clients, query) {
  // Your code here
}

export function totalCentavos() {
  // Your code here
}

export function makeOrder(customer) {
  // Your code here
}

export function addItems(order) {
  // Your code here
}

export function Product(name, price) {
  // Your code here
}

// Fill the card <article id="product"> with the data of one product.
export function showProduct(product) {
  // Your code here
}

// Runs once when the page loads, with a sample product.
showProduct({
  id: "concha-vainilla",
  name: "Concha de vainilla",
  photo: "img/concha-vainilla.jpg",
  centavos: 1450,
  stock: 0,
});

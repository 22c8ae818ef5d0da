// Divides by 100 and prints the number as it comes, so 1450 shows as $14.5 instead of $14.50.
export function showProduct(product) {
  const card = document.getElementById("product");
  card.dataset.id = product.id;
  const photo = card.querySelector(".photo");
  photo.setAttribute("src", product.photo);
  photo.setAttribute("alt", product.name);
  card.querySelector(".name").textContent = product.name;
  card.querySelector(".price").textContent = `$${product.centavos / 100}`;
  card.querySelector(".badge").hidden = product.stock > 0;
  card.querySelector(".details").setAttribute("href", `/products/${product.id}`);
}

showProduct({ id: "concha-vainilla", name: "Concha de vainilla", photo: "img/concha-vainilla.jpg", centavos: 1450, stock: 0 });

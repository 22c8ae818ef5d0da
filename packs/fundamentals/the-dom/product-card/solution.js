function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const rest = String(centavos % 100).padStart(2, "0");
  return `$${pesos}.${rest}`;
}

export function showProduct(product) {
  const card = document.getElementById("product");
  card.dataset.id = product.id;

  const photo = card.querySelector(".photo");
  photo.setAttribute("src", product.photo);
  photo.setAttribute("alt", product.name);

  card.querySelector(".name").textContent = product.name;
  card.querySelector(".price").textContent = formatPesos(product.centavos);
  card.querySelector(".badge").hidden = product.stock > 0;
  card.querySelector(".details").setAttribute("href", `/products/${product.id}`);
}

showProduct({
  id: "concha-vainilla",
  name: "Concha de vainilla",
  photo: "img/concha-vainilla.jpg",
  centavos: 1450,
  stock: 0,
});

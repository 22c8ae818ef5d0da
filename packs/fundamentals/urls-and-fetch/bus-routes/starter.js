const button = document.querySelector("#show");
const list = document.querySelector("#routes");

button.addEventListener("click", () => {
  // Fetch /api/routes and show one <li> per route: "Ruta 17: Centro – San Nicolás"
});

const button = document.querySelector("#show");
const list = document.querySelector("#routes");

button.addEventListener("click", async () => {
  const response = await fetch("/api/routes");
  const routes = await response.json();
  list.replaceChildren();
  for (const route of routes) {
    const item = document.createElement("li");
    item.textContent = `Ruta ${route.number}: ${route.name}`;
    list.append(item);
  }
});

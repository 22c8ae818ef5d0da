export function renderStops(stops) {
  const list = document.getElementById("stops");
  const items = stops.map((name) => {
    const li = document.createElement("li");
    li.textContent = name;
    return li;
  });
  list.replaceChildren(...items);

  document.getElementById("no-stops").hidden = stops.length > 0;
}

renderStops(["Observatorio", "Tacubaya", "Juanacatlán", "Chapultepec", "Sevilla", "Insurgentes"]);

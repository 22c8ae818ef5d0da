// Only appends, so the stops of every earlier call stay in the list.
export function renderStops(stops) {
  const list = document.getElementById("stops");
  for (const name of stops) {
    const li = document.createElement("li");
    li.textContent = name;
    list.append(li);
  }
  document.getElementById("no-stops").hidden = stops.length > 0;
}

renderStops(["Observatorio", "Tacubaya", "Juanacatlán", "Chapultepec", "Sevilla", "Insurgentes"]);

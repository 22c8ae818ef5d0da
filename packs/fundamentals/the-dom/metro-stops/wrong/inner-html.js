// Builds the list with innerHTML, so names are read as HTML.
export function renderStops(stops) {
  const list = document.getElementById("stops");
  list.innerHTML = stops.map((name) => `<li>${name}</li>`).join("");
  document.getElementById("no-stops").hidden = stops.length > 0;
}

renderStops(["Observatorio", "Tacubaya", "Juanacatlán", "Chapultepec", "Sevilla", "Insurgentes"]);

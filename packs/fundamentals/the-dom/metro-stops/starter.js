// Fill <ol id="stops"> with one <li> per stop, replacing what was there before.
// Show <p id="no-stops"> only when there are no stops.
export function renderStops(stops) {
  // Your code here
}

// Runs once when the page loads: the first stops of Line 1.
renderStops(["Observatorio", "Tacubaya", "Juanacatlán", "Chapultepec", "Sevilla", "Insurgentes"]);

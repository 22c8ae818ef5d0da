// Formats whole centavos as pesos with thousands separators: 132300 -> "$1,323.00".
export function formatPesos(centavos) {
  const pesos = String(Math.floor(centavos / 100));
  const cents = String(centavos % 100).padStart(2, "0");
  let withCommas = "";
  for (let i = 0; i < pesos.length; i++) {
    const fromEnd = pesos.length - i;
    withCommas += pesos[i];
    if (fromEnd > 1 && fromEnd % 3 === 1) {
      withCommas += ",";
    }
  }
  return `$${withCommas}.${cents}`;
}

// A stationery wholesaler in Monterrey. Prices in centavos, IVA included.
export const catalog = {
  "CUA-100": { name: "Cuaderno profesional", price: 4500 },
  "PLU-AZ": { name: "Pluma azul", price: 800 },
  "LAP-HB": { name: "Lápiz HB", price: 550 },
  "BOR-BL": { name: "Borrador blanco", price: 345 },
  "MOC-ESC": { name: "Mochila escolar", price: 38900 },
};

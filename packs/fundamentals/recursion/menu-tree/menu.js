// The menu of a restaurant in Mérida. A category is { name, items }, where items holds
// dishes and other categories; a dish is { name, price } with the price in centavos.
export const menu = {
  name: "Menú",
  items: [
    {
      name: "Antojitos",
      items: [
        { name: "Panuchos", price: 9500 },
        { name: "Salbutes", price: 9000 },
      ],
    },
    {
      name: "Platos fuertes",
      items: [
        { name: "Cochinita pibil", price: 18500 },
        { name: "Pescado tikin xic", price: 24000 },
      ],
    },
    {
      name: "Bebidas",
      items: [
        {
          name: "Aguas frescas",
          items: [
            { name: "Horchata", price: 4500 },
            { name: "Chaya con piña", price: 5000 },
          ],
        },
        { name: "Café de olla", price: 4000 },
      ],
    },
  ],
};

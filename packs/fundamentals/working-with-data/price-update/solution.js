// menu: { restaurant: "La Fonda", items: [{ id: "t1", name: "Tacos de canasta", price: 6500, discount: 10 }] }
// Prices in centavos; discount is a percentage (0 means no discount).

const DEFAULT_DISCOUNT = 5; // for items that have no discount set

// The price after the item's discount, rounded to the nearest centavo (halves up).
export function finalPrice(item) {
  const discount = item.discount ?? DEFAULT_DISCOUNT;
  return item.price - Math.round((item.price * discount) / 100);
}

// Returns a NEW menu where the item with this id has a new price. The original menu is not changed.
export function withNewPrice(menu, id, newPrice) {
  return {
    ...menu,
    items: menu.items.map((item) => (item.id === id ? { ...item, price: newPrice } : item)),
  };
}

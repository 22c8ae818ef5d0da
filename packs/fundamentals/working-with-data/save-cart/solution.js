export function saveCart(cart) {
  const kept = cart.filter((item) => item.qty > 0);
  return JSON.stringify(kept);
}

export function loadCart(text) {
  try {
    return JSON.parse(text) ?? [];
  } catch (error) {
    return [];
  }
}

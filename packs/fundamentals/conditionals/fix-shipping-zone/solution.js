export function shippingCost(stateCode) {
  let cost;
  switch (stateCode) {
    case "CDMX":
      cost = 9900;
      break;
    case "JAL":
    case "NL":
      cost = 14900;
      break;
    default:
      cost = 19900;
  }
  return cost;
}

export function orderTotal(subtotal, stateCode, isMember) {
  if (isMember === true) {
    return subtotal;
  }
  if (subtotal >= 150000) {
    return subtotal;
  }
  return subtotal + shippingCost(stateCode);
}

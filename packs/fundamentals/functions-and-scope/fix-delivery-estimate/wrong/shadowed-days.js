// Wrong fix: declares days before the if, but keeps `let` inside the blocks.
// Those inner variables shadow the outer one, which stays at 3.
export function deliveryDays(stateCode, express = false) {
  let days = 3;
  if (stateCode === "CDMX") {
    let days = 1;
  } else {
    let days = 3;
  }
  if (express) {
    days = days - 1;
  }
  return days;
}

function daysLabel(days) {
  if (days === 0) {
    return "today";
  }
  if (days === 1) {
    return "tomorrow";
  }
  return `in ${days} days`;
}

export function deliveryMessage(stateCode, express) {
  const days = deliveryDays(stateCode, express);
  const message = "Your order arrives " + daysLabel(days);
  return message;
}

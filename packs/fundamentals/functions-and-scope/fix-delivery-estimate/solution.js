export function deliveryDays(stateCode, express = false) {
  let days;
  if (stateCode === "CDMX") {
    days = 1;
  } else {
    days = 3;
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

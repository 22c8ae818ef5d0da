// Wrong approach: fixes the loop and the ties, but still returns a trade with a gain of 0 instead of null.
export function bestTrade(rates) {
  let lowestDay = 0;
  let best = { buyDay: 0, sellDay: 0, gainCentavos: 0 };
  for (let day = 1; day < rates.length; day++) {
    if (rates[day] < rates[lowestDay]) lowestDay = day;
    const gain = rates[day] - rates[lowestDay];
    if (gain > best.gainCentavos) best = { buyDay: lowestDay, sellDay: day, gainCentavos: gain };
  }
  return best;
}

// Wrong approach: fixes the loop and the null, but keeps <= and >=, so ties go to later days.
export function bestTrade(rates) {
  let lowestDay = 0;
  let best = null;
  for (let day = 1; day < rates.length; day++) {
    if (rates[day] <= rates[lowestDay]) lowestDay = day;
    const gain = rates[day] - rates[lowestDay];
    if (gain > 0 && (best === null || gain >= best.gainCentavos)) {
      best = { buyDay: lowestDay, sellDay: day, gainCentavos: gain };
    }
  }
  return best;
}

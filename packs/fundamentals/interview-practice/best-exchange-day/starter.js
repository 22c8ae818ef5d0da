// Written by a previous candidate. It looks almost right...
export function bestTrade(rates) {
  let lowestDay = 0;
  let best = { buyDay: 0, sellDay: 0, gainCentavos: 0 };

  for (let day = 1; day < rates.length - 1; day++) {
    if (rates[day] <= rates[lowestDay]) {
      lowestDay = day;
    }
    const gain = rates[day] - rates[lowestDay];
    if (gain >= best.gainCentavos) {
      best = { buyDay: lowestDay, sellDay: day, gainCentavos: gain };
    }
  }

  return best;
}

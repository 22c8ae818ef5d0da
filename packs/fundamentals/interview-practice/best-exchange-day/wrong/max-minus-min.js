// Wrong approach: takes the highest and the lowest rate of the whole month, even when the highest came before the lowest.
export function bestTrade(rates) {
  if (rates.length < 2) return null;
  let low = 0;
  let high = 0;
  for (let day = 1; day < rates.length; day++) {
    if (rates[day] < rates[low]) low = day;
    if (rates[day] > rates[high]) high = day;
  }
  if (rates[high] - rates[low] <= 0) return null;
  return { buyDay: low, sellDay: high, gainCentavos: rates[high] - rates[low] };
}

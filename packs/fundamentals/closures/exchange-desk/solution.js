// rate: centavos per US dollar, so 1725 means $17.25 MXN for one dollar.
// Converts US cents to centavos, rounded to the nearest centavo (halves up).
export function makeConverter(rate) {
  return function (cents) {
    return Math.round((cents * rate) / 100);
  };
}

// An exchange desk that remembers its current rate and every exchange it made.
export function makeExchangeDesk(startRate) {
  let rate = startRate;
  const history = [];

  return {
    setRate: (newRate) => {
      rate = newRate;
    },
    exchange: (cents) => {
      const centavos = makeConverter(rate)(cents);
      history.push({ cents, rate, centavos });
      return centavos;
    },
    history: () => history.map((entry) => ({ ...entry })),
  };
}

import { describe, test, expect } from '@jest/globals';
import { cheapestQuote, NoQuoteError } from './solution';

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// A fake carrier that answers `answer` after `ms`, or fails with `failure` after `ms`.
function carrier(name, ms, answer, failure) {
  const c = { name, asked: 0 };
  c.quote = async () => {
    c.asked++;
    await sleep(ms);
    if (failure) throw new Error(failure);
    return answer;
  };
  return c;
}

const parcel = { kilos: 2.5, postalCode: '44100' };

describe('cheapestQuote', () => {
  test('takes the cheapest good quote, with IVA', async () => {
    const carriers = [
      carrier('DHL', 100, 18900),
      carrier('Estafeta', 50, null, 'Out of area'),
      carrier('Paquetexpress', 200, 15450),
    ];
    await expect(cheapestQuote(carriers, parcel, 3000)).resolves.toEqual({
      carrier: 'Paquetexpress', centavos: 15450, withIvaCentavos: 17922,
    });
  });

  test('asks every carrier at the same time', async () => {
    const carriers = [carrier('DHL', 1000, 18900), carrier('Estafeta', 1000, 17000), carrier('FedEx', 1000, 19900)];
    let done = false;
    cheapestQuote(carriers, parcel, 3000).then(() => { done = true; });
    await sleep(1010);
    expect(done).toBe(true);
    expect(carriers.map((c) => c.asked)).toEqual([1, 1, 1]);
  });

  test('gives up on a slow carrier after timeoutMs', async () => {
    const carriers = [carrier('DHL', 5000, 9900), carrier('Estafeta', 100, 17000)];
    let result = null;
    cheapestQuote(carriers, parcel, 2000).then((r) => { result = r; });
    await sleep(1990);
    expect(result).toBeNull();
    await sleep(20);
    expect(result).toEqual({ carrier: 'Estafeta', centavos: 17000, withIvaCentavos: 19720 });
  });

  test('ignores answers that are not a whole number of centavos above 0', async () => {
    const carriers = [
      carrier('A', 10, 0), carrier('B', 10, -500), carrier('C', 10, 99.5),
      carrier('D', 10, '9000'), carrier('E', 10, 21000),
    ];
    await expect(cheapestQuote(carriers, parcel, 1000)).resolves.toEqual({
      carrier: 'E', centavos: 21000, withIvaCentavos: 24360,
    });
  });

  test('with equal prices, the first carrier in the list wins', async () => {
    const carriers = [carrier('DHL', 300, 15000), carrier('Estafeta', 100, 15000)];
    const result = await cheapestQuote(carriers, parcel, 1000);
    expect(result.carrier).toBe('DHL');
  });

  test('rejects with a NoQuoteError that explains every failure, in carrier order', async () => {
    const carriers = [
      carrier('DHL', 5000, 9900),
      carrier('Estafeta', 100, null, 'Out of area'),
      carrier('FedEx', 50, 0),
    ];
    let error = null;
    try {
      await cheapestQuote(carriers, parcel, 1000);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NoQuoteError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('NoQuoteError');
    expect(error.reasons).toEqual([
      { carrier: 'DHL', reason: 'timeout' },
      { carrier: 'Estafeta', reason: 'Out of area' },
      { carrier: 'FedEx', reason: 'invalid quote' },
    ]);
    expect(error.message).toBe('No carrier could quote: DHL (timeout), Estafeta (Out of area), FedEx (invalid quote)');
  });

  test('refuses a parcel without valid kilos, asking no one', async () => {
    const c = carrier('DHL', 10, 9900);
    for (const kilos of [0, -1, '2', undefined, NaN]) {
      await expect(cheapestQuote([c], { kilos }, 1000)).rejects.toThrow(RangeError);
      await expect(cheapestQuote([c], { kilos }, 1000)).rejects.toThrow('Kilos must be a number greater than 0');
    }
    expect(c.asked).toBe(0);
  });
});

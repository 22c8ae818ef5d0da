import { describe, test, expect } from '@jest/globals';
import { curry } from './solution';

function quote(carrier, zone, kilos) {
  return `${carrier} to ${zone}, ${kilos} kg`;
}

describe('curry', () => {
  test('takes the arguments one call at a time', () => {
    expect(curry(quote)('FedEx')('norte')(3)).toBe('FedEx to norte, 3 kg');
  });

  test('takes several arguments in one call, or all at once', () => {
    expect(curry(quote)('FedEx', 'norte')(3)).toBe('FedEx to norte, 3 kg');
    expect(curry(quote)('FedEx')('norte', 3)).toBe('FedEx to norte, 3 kg');
    expect(curry(quote)('DHL', 'centro', 2)).toBe('DHL to centro, 2 kg');
  });

  test('returns a function until it has enough arguments, without calling fn', () => {
    let calls = 0;
    function counted(carrier, zone, kilos) {
      calls++;
      return quote(carrier, zone, kilos);
    }
    const curried = curry(counted);
    expect(typeof curried('FedEx')).toBe('function');
    expect(typeof curried('FedEx', 'norte')).toBe('function');
    expect(calls).toBe(0);
  });

  test('partial functions can be reused without affecting each other', () => {
    const fedex = curry(quote)('FedEx');
    const fedexNorth = fedex('norte');
    expect(fedexNorth(3)).toBe('FedEx to norte, 3 kg');
    expect(fedexNorth(12)).toBe('FedEx to norte, 12 kg');
    expect(fedex('sur', 5)).toBe('FedEx to sur, 5 kg');
    expect(fedex('sur')(7)).toBe('FedEx to sur, 7 kg');
    const estafeta = curry(quote)('Estafeta');
    expect(estafeta('Mérida')(1)).toBe('Estafeta to Mérida, 1 kg');
    expect(fedexNorth(4)).toBe('FedEx to norte, 4 kg');
  });

  test('a call with no arguments changes nothing', () => {
    expect(curry(quote)()('DHL')()('centro')(2)).toBe('DHL to centro, 2 kg');
  });

  test('passes extra arguments on to fn', () => {
    let received = null;
    function add(a, b) {
      received = [...arguments];
      return a + b;
    }
    expect(curry(add)(1)(2, 3, 4)).toBe(3);
    expect(received).toEqual([1, 2, 3, 4]);
  });

  test('works for functions with one or no parameters', () => {
    expect(curry((kilos) => kilos * 2)(21)).toBe(42);
    expect(curry(() => 'listo')()).toBe('listo');
  });

  test('returns what fn returns', () => {
    const toCentavos = curry((rate, dollars) => Math.round(rate * dollars * 100));
    const atToday = toCentavos(17.25);
    expect(atToday(10)).toBe(17250);
    expect(atToday(0.5)).toBe(863);
  });
});

import { describe, test, expect } from '@jest/globals';
import { formatPesos, addIva, priceLabel } from './solution';

describe('the existing labels still work', () => {
  test('formatPesos writes pesos and two digits of centavos', () => {
    expect(formatPesos(3500)).toBe("$35.00 MXN");
    expect(formatPesos(1205)).toBe("$12.05 MXN");
  });

  test('priceLabel without a third argument shows the price as it is', () => {
    expect(priceLabel("Café de olla", 3500)).toBe("Café de olla: $35.00 MXN");
  });
});

describe('addIva', () => {
  test('adds 16%', () => {
    expect(addIva(3500)).toBe(4060);
    expect(addIva(10000)).toBe(11600);
  });

  test('rounds to the nearest centavo', () => {
    expect(addIva(1999)).toBe(2319);
    expect(addIva(1)).toBe(1);
    expect(addIva(4)).toBe(5);
  });

  test('zero stays zero', () => {
    expect(addIva(0)).toBe(0);
  });
});

describe('priceLabel with IVA', () => {
  test('shows the price with IVA and says so', () => {
    expect(priceLabel("Café de olla", 3500, true)).toBe("Café de olla: $40.60 MXN (IVA included)");
  });

  test('rounds before formatting', () => {
    expect(priceLabel("Concha", 1999, true)).toBe("Concha: $23.19 MXN (IVA included)");
  });

  test('false means the plain price', () => {
    expect(priceLabel("Café de olla", 3500, false)).toBe("Café de olla: $35.00 MXN");
  });
});

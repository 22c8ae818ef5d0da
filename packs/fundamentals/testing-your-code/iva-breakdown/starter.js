import { priceWithIva } from './solution';

describe('priceWithIva', () => {
  test('a free item has no IVA', () => {
    expect(priceWithIva(0).total).toBe(0);
  });

  // Add your tests here.
});

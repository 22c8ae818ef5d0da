import { shippingFee } from './solution';

describe('shippingFee', () => {
  test('charges 99 pesos for a light parcel', () => {
    expect(shippingFee(300)).toBe(9900);
  });

  // Add your tests here.
});

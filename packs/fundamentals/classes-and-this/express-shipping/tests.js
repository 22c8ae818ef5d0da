import { describe, test, expect, jest } from '@jest/globals';
import { Shipment, ExpressShipment } from './solution';

describe('Shipment', () => {
  test('costs $99.00 plus $15.00 per started kilogram', () => {
    expect(new Shipment('Q-1', 2).cost()).toBe(12900);
    expect(new Shipment('Q-2', 2.5).cost()).toBe(14400);
  });

  test('has a label', () => {
    expect(new Shipment('Q-1', 2).label()).toBe('Q-1 (2 kg)');
  });
});

describe('ExpressShipment', () => {
  test('can be created', () => {
    const parcel = new ExpressShipment('Q-7', 1, 'León');
    expect(parcel.id).toBe('Q-7');
    expect(parcel.weightKg).toBe(1);
    expect(parcel.city).toBe('León');
  });

  test('is also a Shipment', () => {
    expect(new ExpressShipment('Q-7', 1, 'León')).toBeInstanceOf(Shipment);
  });

  test('costs $120.00 more than a normal shipment', () => {
    expect(new ExpressShipment('Q-7', 2, 'León').cost()).toBe(24900);
    expect(new ExpressShipment('Q-8', 2.5, 'Celaya').cost()).toBe(26400);
  });

  test('reuses the cost of Shipment', () => {
    const spy = jest.spyOn(Shipment.prototype, 'cost').mockReturnValue(1000);
    try {
      expect(new ExpressShipment('Q-9', 3, 'León').cost()).toBe(13000);
    } finally {
      spy.mockRestore();
    }
  });

  test('has a label with the city', () => {
    expect(new ExpressShipment('Q-7', 2.5, 'León').label()).toBe('Q-7 (2.5 kg) EXPRESS to León');
  });

  test('does not change normal shipments', () => {
    new ExpressShipment('Q-7', 2, 'León').cost();
    expect(new Shipment('Q-1', 2).cost()).toBe(12900);
  });
});

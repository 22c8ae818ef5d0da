import { describe, test, expect } from '@jest/globals';
import { Parcel, ExpressParcel } from './solution';

describe('Parcel and ExpressParcel', () => {
  test('a parcel stores its destination and weight', () => {
    const parcel = new Parcel('Puebla', 3);
    expect(parcel.destination).toBe('Puebla');
    expect(parcel.weight).toBe(3);
  });

  test('a regular parcel costs 50 plus 20 per kg', () => {
    expect(new Parcel('Puebla', 3).cost()).toBe(110);
    expect(new Parcel('Toluca', 0).cost()).toBe(50);
    expect(new Parcel('Toluca', 1.5).cost()).toBe(80);
  });

  test('a regular parcel has a label', () => {
    expect(new Parcel('Puebla', 3).label()).toBe('Puebla, 3 kg, $110');
  });

  test('an express parcel is also a parcel', () => {
    const parcel = new ExpressParcel('Monterrey', 2, 1);
    expect(parcel).toBeInstanceOf(ExpressParcel);
    expect(parcel).toBeInstanceOf(Parcel);
    expect(parcel.destination).toBe('Monterrey');
    expect(parcel.weight).toBe(2);
  });

  test('an express parcel costs twice as much', () => {
    expect(new ExpressParcel('Puebla', 3, 2).cost()).toBe(220);
    expect(new ExpressParcel('León', 0).cost()).toBe(100);
  });

  test('days default to 1', () => {
    expect(new ExpressParcel('León', 0).days).toBe(1);
  });

  test('an express label adds the express note and the express price', () => {
    expect(new ExpressParcel('Puebla', 3, 2).label()).toBe('Puebla, 3 kg, $220 (express, 2-day delivery)');
  });

  test('works with accented city names', () => {
    expect(new ExpressParcel('Mérida', 1).label()).toBe('Mérida, 1 kg, $140 (express, 1-day delivery)');
  });

  test('regular parcels are not changed by the express class', () => {
    new ExpressParcel('Puebla', 3, 2);
    expect(new Parcel('Puebla', 3).cost()).toBe(110);
    expect(new Parcel('Puebla', 3)).not.toBeInstanceOf(ExpressParcel);
  });
});

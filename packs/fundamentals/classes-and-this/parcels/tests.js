import { describe, test, expect } from '@jest/globals';
import { Parcel, ExpressParcel } from './solution';

describe('Parcel and ExpressParcel', () => {
  test('a parcel stores its destination and weight', () => {
    const parcel = new Parcel('Quito', 3);
    expect(parcel.destination).toBe('Quito');
    expect(parcel.weight).toBe(3);
  });

  test('a regular parcel costs 5 plus 2 per kg', () => {
    expect(new Parcel('Quito', 3).cost()).toBe(11);
    expect(new Parcel('Lima', 0).cost()).toBe(5);
    expect(new Parcel('Lima', 1.5).cost()).toBe(8);
  });

  test('a regular parcel has a label', () => {
    expect(new Parcel('Quito', 3).label()).toBe('Quito, 3 kg, $11');
  });

  test('an express parcel is also a parcel', () => {
    const parcel = new ExpressParcel('Bogotá', 2, 1);
    expect(parcel).toBeInstanceOf(ExpressParcel);
    expect(parcel).toBeInstanceOf(Parcel);
    expect(parcel.destination).toBe('Bogotá');
    expect(parcel.weight).toBe(2);
  });

  test('an express parcel costs twice as much', () => {
    expect(new ExpressParcel('Quito', 3, 2).cost()).toBe(22);
    expect(new ExpressParcel('Cali', 0).cost()).toBe(10);
  });

  test('days default to 1', () => {
    expect(new ExpressParcel('Cali', 0).days).toBe(1);
  });

  test('an express label adds the express note and the express price', () => {
    expect(new ExpressParcel('Quito', 3, 2).label()).toBe('Quito, 3 kg, $22 (express, 2-day delivery)');
  });

  test('works with accented city names', () => {
    expect(new ExpressParcel('Medellín', 1).label()).toBe('Medellín, 1 kg, $14 (express, 1-day delivery)');
  });

  test('regular parcels are not changed by the express class', () => {
    new ExpressParcel('Quito', 3, 2);
    expect(new Parcel('Quito', 3).cost()).toBe(11);
    expect(new Parcel('Quito', 3)).not.toBeInstanceOf(ExpressParcel);
  });
});

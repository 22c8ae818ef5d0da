import { describe, test, expect } from '@jest/globals';
import { ParkingLot } from './solution';

describe('ParkingLot', () => {
  test('lets cars in while there are spots', () => {
    const lot = new ParkingLot(2, 2500);
    expect(lot.freeSpots).toBe(2);
    expect(lot.enter("JAL-482-B", 0)).toBe(true);
    expect(lot.enter("PUE-100-A", 10)).toBe(true);
    expect(lot.freeSpots).toBe(0);
  });

  test('refuses a car when the lot is full', () => {
    const lot = new ParkingLot(1, 2500);
    lot.enter("JAL-482-B", 0);
    expect(lot.enter("MEX-777-C", 20)).toBe(false);
    expect(lot.plates).toEqual(["JAL-482-B"]);
  });

  test('refuses a plate that is already inside, whatever its capitals and spaces', () => {
    const lot = new ParkingLot(5, 2500);
    lot.enter("JAL-482-B", 0);
    expect(lot.enter(" jal-482-b ", 5)).toBe(false);
    expect(lot.freeSpots).toBe(4);
  });

  test('lists the plates inside, cleaned and sorted', () => {
    const lot = new ParkingLot(5, 2500);
    lot.enter("pue-100-a ", 0);
    lot.enter("CDMX-12", 1);
    lot.enter("JAL-482-B", 2);
    expect(lot.plates).toEqual(["CDMX-12", "JAL-482-B", "PUE-100-A"]);
  });

  test('plates is a new array each time', () => {
    const lot = new ParkingLot(5, 2500);
    lot.enter("JAL-482-B", 0);
    lot.plates.push("FAKE-1");
    expect(lot.plates).toEqual(["JAL-482-B"]);
    expect(lot.freeSpots).toBe(4);
  });

  test('a stay of up to 15 minutes is free', () => {
    const lot = new ParkingLot(2, 2500);
    lot.enter("PUE-100-A", 10);
    expect(lot.leave("PUE-100-A", 25)).toBe(0);
  });

  test('charges every hour begun', () => {
    const lot = new ParkingLot(3, 2500);
    lot.enter("A-1", 0);
    lot.enter("A-2", 0);
    lot.enter("A-3", 0);
    expect(lot.leave("A-1", 16)).toBe(2500);
    expect(lot.leave("A-2", 60)).toBe(2500);
    expect(lot.leave("A-3", 61)).toBe(5000);
  });

  test('frees the spot and adds up the earnings', () => {
    const lot = new ParkingLot(2, 2500);
    lot.enter("JAL-482-B", 0);
    lot.enter("PUE-100-A", 10);
    lot.leave("PUE-100-A", 22);
    expect(lot.leave("jal-482-b", 125)).toBe(7500);
    expect(lot.freeSpots).toBe(2);
    expect(lot.earnings).toBe(7500);
  });

  test('returns null for a plate that is not inside', () => {
    const lot = new ParkingLot(2, 2500);
    expect(lot.leave("NOPE-1", 10)).toBeNull();
    lot.enter("JAL-482-B", 0);
    lot.leave("JAL-482-B", 30);
    expect(lot.leave("JAL-482-B", 40)).toBeNull();
    expect(lot.earnings).toBe(2500);
  });

  test('a car can come back after leaving', () => {
    const lot = new ParkingLot(1, 1000);
    lot.enter("JAL-482-B", 0);
    lot.leave("JAL-482-B", 10);
    expect(lot.enter("JAL-482-B", 20)).toBe(true);
    expect(lot.leave("JAL-482-B", 200)).toBe(3000);
  });

  test('each lot keeps its own cars and earnings', () => {
    const north = new ParkingLot(1, 2000);
    const south = new ParkingLot(1, 3000);
    north.enter("A-1", 0);
    expect(south.freeSpots).toBe(1);
    north.leave("A-1", 90);
    expect(north.earnings).toBe(4000);
    expect(south.earnings).toBe(0);
  });
});

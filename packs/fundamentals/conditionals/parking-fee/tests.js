import { describe, test, expect } from '@jest/globals';
import { parkingFee } from './solution';

describe('parkingFee', () => {
  test('a short stay is free', () => {
    expect(parkingFee(20, false)).toBe(0);
  });

  test('exactly 30 minutes is free', () => {
    expect(parkingFee(30, false)).toBe(0);
    expect(parkingFee(30, true)).toBe(0);
  });

  test('zero minutes is free', () => {
    expect(parkingFee(0, false)).toBe(0);
  });

  test('31 minutes on a weekday costs one hour', () => {
    expect(parkingFee(31, false)).toBe(2);
  });

  test('exactly one hour costs one hour', () => {
    expect(parkingFee(60, false)).toBe(2);
  });

  test('a started hour counts as a whole hour', () => {
    expect(parkingFee(61, false)).toBe(4);
  });

  test('three hours cost 6', () => {
    expect(parkingFee(180, false)).toBe(6);
  });

  test('a weekday never costs more than 15', () => {
    expect(parkingFee(600, false)).toBe(15);
    expect(parkingFee(1440, false)).toBe(15);
  });

  test('seven hours cost 14, just under the cap', () => {
    expect(parkingFee(420, false)).toBe(14);
  });

  test('eight started hours are capped at 15', () => {
    expect(parkingFee(421, false)).toBe(15);
  });

  test('a longer weekend stay costs a flat 5', () => {
    expect(parkingFee(31, true)).toBe(5);
    expect(parkingFee(600, true)).toBe(5);
  });

  test('a negative time returns null', () => {
    expect(parkingFee(-10, false)).toBeNull();
    expect(parkingFee(-1, true)).toBeNull();
  });
});

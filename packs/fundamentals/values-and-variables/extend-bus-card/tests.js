import { describe, test, expect } from '@jest/globals';
import { balanceAfterTrips, canBoard, dayReport } from './solution';

describe('the existing helpers still work', () => {
  test('balanceAfterTrips charges 950 per trip', () => {
    expect(balanceAfterTrips(5000, 2)).toBe(3100);
    expect(balanceAfterTrips(5000, 0)).toBe(5000);
  });

  test('canBoard is true with at least one fare', () => {
    expect(canBoard(950)).toBe(true);
    expect(canBoard(12000)).toBe(true);
  });

  test('canBoard is false with less than one fare', () => {
    expect(canBoard(949)).toBe(false);
    expect(canBoard(0)).toBe(false);
  });
});

describe('dayReport', () => {
  test('tops up, pays three trips and can board again', () => {
    expect(dayReport(1000, 5000, 3)).toBe("Start 1000, top-up 5000, 3 trips, end 3150, can board: true");
  });

  test('without a top-up the rider may run short', () => {
    expect(dayReport(2000, 0, 2)).toBe("Start 2000, top-up 0, 2 trips, end 100, can board: false");
  });

  test('the top-up is paid in before the trips', () => {
    expect(dayReport(0, 1900, 2)).toBe("Start 0, top-up 1900, 2 trips, end 0, can board: false");
  });

  test('a day without trips keeps the topped-up balance', () => {
    expect(dayReport(300, 10000, 0)).toBe("Start 300, top-up 10000, 0 trips, end 10300, can board: true");
  });
});

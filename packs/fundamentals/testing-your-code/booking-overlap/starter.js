import { isAvailable } from './solution';

describe('isAvailable', () => {
  test('a stay after every booking is available', () => {
    const bookings = [{ guest: "Ana", checkIn: "2025-03-14", checkOut: "2025-03-17" }];
    expect(isAvailable(bookings, { checkIn: "2025-03-20", checkOut: "2025-03-22" })).toBe(true);
  });

  // Add your tests here.
});

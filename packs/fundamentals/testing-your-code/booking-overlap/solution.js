import { isAvailable } from './solution';

// A new array each time, so no test can change another test's data.
function existingBookings() {
  return [
    { guest: "Ana", checkIn: "2025-03-14", checkOut: "2025-03-17" },
    { guest: "Luis", checkIn: "2025-03-05", checkOut: "2025-03-08" },
  ];
}

function stay(checkIn, checkOut) {
  return { checkIn, checkOut };
}

describe('isAvailable', () => {
  test('a stay after every booking is available', () => {
    expect(isAvailable(existingBookings(), stay("2025-03-20", "2025-03-22"))).toBe(true);
  });

  test('a room with no bookings is available', () => {
    expect(isAvailable([], stay("2025-03-14", "2025-03-17"))).toBe(true);
  });

  test('a new guest can check in on the day the last one checks out', () => {
    expect(isAvailable(existingBookings(), stay("2025-03-17", "2025-03-19"))).toBe(true);
  });

  test('a new guest can check out on the day the next one checks in', () => {
    expect(isAvailable(existingBookings(), stay("2025-03-12", "2025-03-14"))).toBe(true);
  });

  test('a stay that starts during a booking is not available', () => {
    expect(isAvailable(existingBookings(), stay("2025-03-16", "2025-03-18"))).toBe(false);
  });

  test('a stay that ends during a booking is not available', () => {
    expect(isAvailable(existingBookings(), stay("2025-03-12", "2025-03-15"))).toBe(false);
  });

  test('a stay that wraps around a whole booking is not available', () => {
    expect(isAvailable(existingBookings(), stay("2025-03-13", "2025-03-18"))).toBe(false);
  });

  test('a stay inside a booking is not available', () => {
    expect(isAvailable(existingBookings(), stay("2025-03-15", "2025-03-16"))).toBe(false);
  });

  test('does not reorder the bookings it receives', () => {
    const bookings = existingBookings();
    isAvailable(bookings, stay("2025-03-20", "2025-03-22"));
    expect(bookings).toEqual(existingBookings());
  });
});

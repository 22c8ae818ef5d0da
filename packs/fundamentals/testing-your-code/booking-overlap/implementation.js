function overlaps(a, b) {
  return a.checkIn < b.checkOut && b.checkIn < a.checkOut;
}

export function isAvailable(bookings, request) {
  for (const booking of bookings) {
    if (overlaps(booking, request)) {
      return false;
    }
  }
  return true;
}

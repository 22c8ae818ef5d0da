// sorts the caller's bookings array in place to stop looking early
export function isAvailable(bookings, request) {
  const sorted = bookings.sort((a, b) => (a.checkIn < b.checkIn ? -1 : 1));
  for (const booking of sorted) {
    if (booking.checkIn >= request.checkOut) {
      return true;
    }
    if (request.checkIn < booking.checkOut) {
      return false;
    }
  }
  return true;
}

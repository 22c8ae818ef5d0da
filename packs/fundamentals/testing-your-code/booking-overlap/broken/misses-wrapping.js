// misses a new stay that starts before a booking and ends after it
function overlaps(booking, request) {
  const checkInInside =
    booking.checkIn <= request.checkIn && request.checkIn < booking.checkOut;
  const checkOutInside =
    booking.checkIn < request.checkOut && request.checkOut <= booking.checkOut;
  return checkInInside || checkOutInside;
}

export function isAvailable(bookings, request) {
  for (const booking of bookings) {
    if (overlaps(booking, request)) {
      return false;
    }
  }
  return true;
}

// looks only at whether the new stay's check-in day falls inside a booking
function startsInside(booking, request) {
  return booking.checkIn <= request.checkIn && request.checkIn < booking.checkOut;
}

export function isAvailable(bookings, request) {
  for (const booking of bookings) {
    if (startsInside(booking, request)) {
      return false;
    }
  }
  return true;
}

export class DeliveryError extends Error {
  // Your code here
}

export class OutOfZoneError extends DeliveryError {
  // Your code here
}

export class TooHeavyError extends DeliveryError {
  // Your code here
}

export function quoteDelivery(parcel, zones) {
  // Your code here
}

export function quoteAll(parcels, zones) {
  // Your code here
}

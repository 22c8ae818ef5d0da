// charges a parcel of exactly 500 g as the next band
export function shippingFee(grams) {
  if (!Number.isInteger(grams) || grams < 1) {
    throw new RangeError("Weight must be a whole number of grams, at least 1");
  }
  if (grams > 20000) {
    throw new RangeError("Parcels over 20 kg ship by freight");
  }
  if (grams < 500) {
    return 9900;
  }
  if (grams <= 2000) {
    return 14900;
  }
  if (grams <= 10000) {
    return 24900;
  }
  return 39900;
}

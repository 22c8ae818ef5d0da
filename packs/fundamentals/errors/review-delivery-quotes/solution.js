export class DeliveryError extends Error {
  constructor(message) {
    super(message);
    this.name = "DeliveryError";
  }
}

export class OutOfZoneError extends DeliveryError {
  constructor(postalCode) {
    super(`No delivery to ${postalCode}`);
    this.name = "OutOfZoneError";
    this.postalCode = postalCode;
  }
}

export class TooHeavyError extends DeliveryError {
  constructor(kg) {
    super(`Too heavy: ${kg} kg (limit 30 kg)`);
    this.name = "TooHeavyError";
    this.kg = kg;
  }
}

export function quoteDelivery(parcel, zones) {
  if (typeof parcel.kg !== "number" || Number.isNaN(parcel.kg)) {
    throw new TypeError("kg must be a number");
  }
  if (typeof parcel.postalCode !== "string" || !/^\d{5}$/.test(parcel.postalCode)) {
    throw new DeliveryError(`Invalid postal code: ${parcel.postalCode}`);
  }
  const zone = zones.find((z) => parcel.postalCode.startsWith(z.prefix));
  if (zone === undefined) {
    throw new OutOfZoneError(parcel.postalCode);
  }
  if (parcel.kg > 30) {
    throw new TooHeavyError(parcel.kg);
  }
  const extraKilos = parcel.kg > 5 ? Math.ceil(parcel.kg - 5) : 0;
  return zone.fee + extraKilos * 1500;
}

export function quoteAll(parcels, zones) {
  const quotes = [];
  const problems = [];
  for (const parcel of parcels) {
    try {
      quotes.push({ folio: parcel.folio, fee: quoteDelivery(parcel, zones) });
    } catch (error) {
      if (!(error instanceof DeliveryError)) {
        throw error;
      }
      problems.push({ folio: parcel.folio, kind: error.name, message: error.message });
    }
  }
  return { quotes, problems };
}

export class RfcError extends Error {
  constructor(message) {
    super(message);
    this.name = "RfcError";
  }
}

const PERSON = /^[A-ZÑ&]{4}\d{6}[A-Z0-9]{3}$/;
const COMPANY = /^[A-ZÑ&]{3}\d{6}[A-Z0-9]{3}$/;

export function checkRfc(text) {
  if (typeof text !== "string") {
    throw new TypeError("RFC must be text");
  }
  const rfc = text.trim().toUpperCase();
  if (rfc.length !== 12 && rfc.length !== 13) {
    throw new RfcError(`RFC must have 12 or 13 characters, got ${rfc.length}`);
  }

  const isPerson = rfc.length === 13;
  const pattern = isPerson ? PERSON : COMPANY;
  if (!pattern.test(rfc)) {
    throw new RfcError(`RFC ${rfc} has an invalid format`);
  }

  const dateStart = isPerson ? 4 : 3;
  const month = Number(rfc.slice(dateStart + 2, dateStart + 4));
  const day = Number(rfc.slice(dateStart + 4, dateStart + 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    throw new RfcError(`RFC ${rfc} has an invalid date`);
  }

  return { rfc, type: isPerson ? "persona física" : "persona moral" };
}

import { describe, test, expect } from '@jest/globals';
import { DeliveryError, OutOfZoneError, TooHeavyError, quoteDelivery, quoteAll } from './solution';

const zones = [
  { prefix: '06', fee: 8900 },
  { prefix: '03', fee: 9900 },
  { prefix: '11', fee: 10900 },
];

function errorFrom(parcel) {
  try {
    quoteDelivery(parcel, zones);
  } catch (error) {
    return error;
  }
  return null;
}

describe('the error classes', () => {
  test('DeliveryError is an Error with its own name', () => {
    const error = new DeliveryError('Something is off');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DeliveryError');
    expect(error.message).toBe('Something is off');
  });

  test('OutOfZoneError belongs to the delivery family', () => {
    const error = new OutOfZoneError('97000');
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('OutOfZoneError');
    expect(error.message).toBe('No delivery to 97000');
    expect(error.postalCode).toBe('97000');
  });

  test('TooHeavyError belongs to the delivery family', () => {
    const error = new TooHeavyError(32);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error.name).toBe('TooHeavyError');
    expect(error.message).toBe('Too heavy: 32 kg (limit 30 kg)');
    expect(error.kg).toBe(32);
  });
});

describe('quoteDelivery', () => {
  test('charges the zone fee for up to 5 kg', () => {
    expect(quoteDelivery({ folio: 'A', postalCode: '06700', kg: 2 }, zones)).toBe(8900);
    expect(quoteDelivery({ folio: 'A', postalCode: '11560', kg: 5 }, zones)).toBe(10900);
  });

  test('charges 1500 centavos for every started kilo over 5', () => {
    expect(quoteDelivery({ folio: 'A', postalCode: '06700', kg: 7.2 }, zones)).toBe(13400);
    expect(quoteDelivery({ folio: 'A', postalCode: '03100', kg: 5.1 }, zones)).toBe(11400);
    expect(quoteDelivery({ folio: 'A', postalCode: '03100', kg: 30 }, zones)).toBe(9900 + 25 * 1500);
  });

  test('a weight that is not a number is a TypeError', () => {
    for (const kg of ['3', undefined, NaN]) {
      const error = errorFrom({ folio: 'A', postalCode: '06700', kg });
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toBe('kg must be a number');
    }
  });

  test('a postal code that is not 5 digits of text is a DeliveryError', () => {
    for (const postalCode of ['0670', '067000', '06 70', 6700]) {
      const error = errorFrom({ folio: 'A', postalCode, kg: 1 });
      expect(error).toBeInstanceOf(DeliveryError);
      expect(error.name).toBe('DeliveryError');
      expect(error.message).toBe(`Invalid postal code: ${postalCode}`);
    }
  });

  test('a postal code outside every zone is an OutOfZoneError', () => {
    const error = errorFrom({ folio: 'A', postalCode: '97000', kg: 1 });
    expect(error).toBeInstanceOf(OutOfZoneError);
    expect(error.postalCode).toBe('97000');
  });

  test('the prefix must start the postal code', () => {
    expect(errorFrom({ folio: 'A', postalCode: '20611', kg: 1 })).toBeInstanceOf(OutOfZoneError);
  });

  test('more than 30 kg is a TooHeavyError', () => {
    const error = errorFrom({ folio: 'A', postalCode: '06700', kg: 30.5 });
    expect(error).toBeInstanceOf(TooHeavyError);
    expect(error.kg).toBe(30.5);
  });

  test('checks the rules in order', () => {
    expect(errorFrom({ folio: 'A', postalCode: '97', kg: 'ten' })).toBeInstanceOf(TypeError);
    expect(errorFrom({ folio: 'A', postalCode: '97', kg: 40 }).name).toBe('DeliveryError');
    expect(errorFrom({ folio: 'A', postalCode: '97000', kg: 40 })).toBeInstanceOf(OutOfZoneError);
  });
});

describe('quoteAll', () => {
  test('quotes the good parcels and reports the others', () => {
    const result = quoteAll(
      [
        { folio: 'A-101', postalCode: '06700', kg: 7.2 },
        { folio: 'A-102', postalCode: '97000', kg: 1 },
        { folio: 'A-103', postalCode: '0310', kg: 2 },
        { folio: 'A-104', postalCode: '11000', kg: 31 },
        { folio: 'A-105', postalCode: '03020', kg: 1 },
      ],
      zones,
    );
    expect(result.quotes).toEqual([
      { folio: 'A-101', fee: 13400 },
      { folio: 'A-105', fee: 9900 },
    ]);
    expect(result.problems).toEqual([
      { folio: 'A-102', kind: 'OutOfZoneError', message: 'No delivery to 97000' },
      { folio: 'A-103', kind: 'DeliveryError', message: 'Invalid postal code: 0310' },
      { folio: 'A-104', kind: 'TooHeavyError', message: 'Too heavy: 31 kg (limit 30 kg)' },
    ]);
  });

  test('an empty list gives empty results', () => {
    expect(quoteAll([], zones)).toEqual({ quotes: [], problems: [] });
  });

  test('lets an error outside the family reach the caller unchanged', () => {
    expect(() => quoteAll([{ folio: 'A', postalCode: '06700', kg: 1 }, { folio: 'B', postalCode: '06700' }], zones)).toThrow(
      TypeError,
    );
    expect(() => quoteAll([null], zones)).toThrow(TypeError);
  });
});

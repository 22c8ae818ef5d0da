import { describe, test, expect } from '@jest/globals';
import { RfcError, checkRfc } from './solution';

describe('checkRfc', () => {
  test('RfcError is an Error with its own name', () => {
    const error = new RfcError('bad RFC');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RfcError');
    expect(error.message).toBe('bad RFC');
  });

  test('accepts the RFC of a person and of a company', () => {
    expect(checkRfc('MELA850314K2A')).toEqual({ rfc: 'MELA850314K2A', type: 'persona física' });
    expect(checkRfc('TRR190528AB1')).toEqual({ rfc: 'TRR190528AB1', type: 'persona moral' });
  });

  test('cleans spaces and small letters first, including ñ', () => {
    expect(checkRfc('  trr190528ab1 ')).toEqual({ rfc: 'TRR190528AB1', type: 'persona moral' });
    expect(checkRfc('muño900101ab3')).toEqual({ rfc: 'MUÑO900101AB3', type: 'persona física' });
    expect(checkRfc('A&B050607XX0').type).toBe('persona moral');
  });

  test('rejects anything that is not text with a TypeError', () => {
    expect(() => checkRfc(850314)).toThrow(new TypeError('RFC must be text'));
    expect(() => checkRfc(undefined)).toThrow(TypeError);
  });

  test('rejects the wrong length, counting after cleaning', () => {
    expect(() => checkRfc('MELA85031')).toThrow(new RfcError('RFC must have 12 or 13 characters, got 9'));
    expect(() => checkRfc('   ')).toThrow('RFC must have 12 or 13 characters, got 0');
    expect(() => checkRfc('MELA850314K2AB')).toThrow(RfcError);
  });

  test('rejects the wrong shape for the length', () => {
    expect(() => checkRfc('MEL4850314K2A')).toThrow(new RfcError('RFC MEL4850314K2A has an invalid format'));
    expect(() => checkRfc('MELA850314K-A')).toThrow('RFC MELA850314K-A has an invalid format');
    expect(() => checkRfc('TRRR90528AB1')).toThrow('RFC TRRR90528AB1 has an invalid format');
  });

  test('checks the whole RFC, not just a piece of it', () => {
    expect(() => checkRfc('1TRR190528AB')).toThrow('RFC 1TRR190528AB has an invalid format');
    expect(() => checkRfc('9MEL850314K2A')).toThrow(RfcError);
  });

  test('rejects months and days out of range', () => {
    expect(() => checkRfc('MELA851314K2A')).toThrow(new RfcError('RFC MELA851314K2A has an invalid date'));
    expect(() => checkRfc('MELA850014K2A')).toThrow('has an invalid date');
    expect(() => checkRfc('TRR190500AB1')).toThrow('RFC TRR190500AB1 has an invalid date');
    expect(() => checkRfc('TRR190532AB1')).toThrow('has an invalid date');
    expect(checkRfc('TRR191231AB1').rfc).toBe('TRR191231AB1');
  });
});

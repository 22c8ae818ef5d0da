import { describe, test, expect } from '@jest/globals';
import { emailDomain } from './solution';

describe('emailDomain', () => {
  test('returns the part after the @', () => {
    expect(emailDomain('ana@gmail.com')).toBe('gmail.com');
  });

  test('keeps every part of a long domain', () => {
    expect(emailDomain('info@mail.empresa.com.mx')).toBe('mail.empresa.com.mx');
  });

  test('returns the domain in lowercase', () => {
    expect(emailDomain('Luis.Perez@Empresa.COM.MX')).toBe('empresa.com.mx');
  });

  test('ignores spaces around the address', () => {
    expect(emailDomain('  josé@correo.es ')).toBe('correo.es');
  });

  test('works with a one-letter name', () => {
    expect(emailDomain('x@y.io')).toBe('y.io');
  });

  test('works with accents before the @', () => {
    expect(emailDomain('señora.núñez@hotmail.es')).toBe('hotmail.es');
  });

  test('returns an empty string when nothing follows the @', () => {
    expect(emailDomain('ana@')).toBe('');
  });

  test('does not include the @ itself', () => {
    expect(emailDomain('ana@gmail.com')).not.toContain('@');
  });
});

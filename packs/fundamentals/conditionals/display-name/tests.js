import { describe, test, expect } from '@jest/globals';
import { displayName } from './solution';

describe('displayName', () => {
  test('prefers the nickname', () => {
    expect(displayName('Lupita', 'Guadalupe Díaz')).toBe('Lupita');
  });

  test('removes spaces around the nickname', () => {
    expect(displayName('  Lupita ', 'Guadalupe Díaz')).toBe('Lupita');
  });

  test('uses the full name when the nickname is empty', () => {
    expect(displayName('', 'Guadalupe Díaz')).toBe('Guadalupe Díaz');
  });

  test('uses the full name when the nickname is only spaces', () => {
    expect(displayName('   ', ' Ñandú Pérez ')).toBe('Ñandú Pérez');
  });

  test('uses the full name when the nickname is null', () => {
    expect(displayName(null, 'Kwame Mensah')).toBe('Kwame Mensah');
  });

  test('uses the full name when the nickname is undefined', () => {
    expect(displayName(undefined, 'Kwame Mensah')).toBe('Kwame Mensah');
  });

  test('says Guest when both are missing', () => {
    expect(displayName(undefined, undefined)).toBe('Guest');
    expect(displayName(null, null)).toBe('Guest');
  });

  test('says Guest when both are empty or blank', () => {
    expect(displayName('', '')).toBe('Guest');
    expect(displayName('   ', null)).toBe('Guest');
  });

  test('keeps a nickname that is the digit 0', () => {
    expect(displayName('0', 'Zoë Park')).toBe('0');
  });
});

import { describe, test, expect } from '@jest/globals';
import { readSettings } from './solution';

describe('readSettings', () => {
  test('reads a whole settings file', () => {
    const file = '# bus tracker settings\ncity = Monterrey\ntheme=dark\n\nrefresh = 30\nwelcome = Hola = Hello';
    expect(readSettings(file)).toEqual({
      city: 'Monterrey',
      theme: 'dark',
      refresh: '30',
      welcome: 'Hola = Hello',
    });
  });

  test('reads a single line', () => {
    expect(readSettings('lang = es')).toEqual({ lang: 'es' });
  });

  test('returns an empty object for an empty file', () => {
    expect(readSettings('')).toEqual({});
  });

  test('ignores comments, blank lines and lines without =', () => {
    expect(readSettings('# city = Puebla\n\n   \njust some text\nmode = night')).toEqual({ mode: 'night' });
  });

  test('keeps the last value of a repeated key', () => {
    expect(readSettings('city = Monterrey\ncity = Guadalajara')).toEqual({ city: 'Guadalajara' });
  });

  test('handles Windows line endings', () => {
    expect(readSettings('city = Monterrey\r\nrefresh = 30\r\n')).toEqual({ city: 'Monterrey', refresh: '30' });
  });

  test('keeps values as strings, accents included', () => {
    const settings = readSettings('  stop =  Metro Peñón Viejo  \nlimit=5');
    expect(settings.stop).toBe('Metro Peñón Viejo');
    expect(settings.limit).toBe('5');
  });

  test('allows an empty value', () => {
    expect(readSettings('note =')).toEqual({ note: '' });
  });
});

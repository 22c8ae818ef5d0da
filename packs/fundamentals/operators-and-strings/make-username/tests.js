import { describe, test, expect } from '@jest/globals';
import { makeUsername } from './solution';

describe('makeUsername', () => {
  test('joins the first initial and the last name', () => {
    expect(makeUsername('Ana', 'García')).toBe('agarcía');
  });

  test('makes everything lowercase', () => {
    expect(makeUsername('KWAME', 'MENSAH')).toBe('kmensah');
  });

  test('removes spaces around both names', () => {
    expect(makeUsername('  Kwame ', ' Mensah  ')).toBe('kmensah');
  });

  test('keeps accents and ñ', () => {
    expect(makeUsername('Ximena', 'Muñoz')).toBe('xmuñoz');
    expect(makeUsername('Élodie', 'Durán')).toBe('édurán');
  });

  test('works with a one-letter first name', () => {
    expect(makeUsername('J', 'Smith')).toBe('jsmith');
  });

  test('an empty first name gives just the last name', () => {
    expect(makeUsername('', 'Lee')).toBe('lee');
  });

  test('two empty names give an empty username', () => {
    expect(makeUsername('', '')).toBe('');
  });
});

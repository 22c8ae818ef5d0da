import { describe, test, expect } from '@jest/globals';
import { ticketPrice } from './solution';

describe('ticketPrice', () => {
  test('lets a two-year-old in free', () => {
    expect(ticketPrice(2)).toBe(0);
  });

  test('lets a newborn of age 0 in free', () => {
    expect(ticketPrice(0)).toBe(0);
  });

  test('charges 5 for a child', () => {
    expect(ticketPrice(8)).toBe(5);
  });

  test('charges 5 from exactly age 3', () => {
    expect(ticketPrice(3)).toBe(5);
  });

  test('charges 12 for an adult', () => {
    expect(ticketPrice(30)).toBe(12);
  });

  test('charges 12 from exactly age 13 up to 64', () => {
    expect(ticketPrice(13)).toBe(12);
    expect(ticketPrice(64)).toBe(12);
  });

  test('charges 7 from exactly age 65', () => {
    expect(ticketPrice(65)).toBe(7);
    expect(ticketPrice(90)).toBe(7);
  });

  test('returns null for a negative age', () => {
    expect(ticketPrice(-1)).toBeNull();
    expect(ticketPrice(-40)).toBeNull();
  });
});

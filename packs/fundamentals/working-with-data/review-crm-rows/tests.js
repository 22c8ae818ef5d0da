import { describe, test, expect } from '@jest/globals';
import { toRows } from './solution';

const HEADER = ['id', 'name', 'email', 'city', 'zip', 'orders', 'last order'];
const answer = (customers) => JSON.stringify({ data: { customers } });

const dana = {
  id: 101,
  profile: { name: 'Dana Smith', email: 'dana@acme.com' },
  address: { city: 'Austin', zip: '78701' },
  orders: [
    { date: '2025-04-09', totalCents: 4599 },
    { date: '2025-03-28', totalCents: 1250 },
  ],
};

describe('toRows', () => {
  test('the example from the instructions', () => {
    const text = answer([dana, { id: 102, profile: { name: 'Luis Ortega' }, address: null, orders: [] }, { id: 103 }]);
    expect(toRows(text)).toEqual([
      HEADER,
      ['101', 'Dana Smith', 'dana@acme.com', 'Austin', '78701', 2, '2025-04-09'],
      ['102', 'Luis Ortega', '', '', '', 0, ''],
      ['103', '(no name)', '', '', '', 0, ''],
    ]);
  });

  test('the ids become text', () => {
    expect(toRows(answer([{ id: 7 }]))[1][0]).toBe('7');
  });

  test('finds the latest order wherever it is in the list', () => {
    const orders = [
      { date: '2025-01-15', totalCents: 100 },
      { date: '2025-06-30', totalCents: 100 },
      { date: '2025-02-01', totalCents: 100 },
    ];
    expect(toRows(answer([{ ...dana, orders }]))[1][6]).toBe('2025-06-30');
  });

  test('null values inside the profile and the address are empty text', () => {
    const text = answer([{ id: 104, profile: { name: null, email: null }, address: { city: null, zip: '02134' } }]);
    expect(toRows(text)[1]).toEqual(['104', '(no name)', '', '', '02134', 0, '']);
  });

  test('a customer with a profile but no orders field', () => {
    expect(toRows(answer([{ id: 105, profile: { name: 'Sofía Núñez', email: 'sofia@example.com' } }]))[1]).toEqual([
      '105',
      'Sofía Núñez',
      'sofia@example.com',
      '',
      '',
      0,
      '',
    ]);
  });

  test('no customers: only the header', () => {
    expect(toRows(answer([]))).toEqual([HEADER]);
  });

  test('an error answer: only the header', () => {
    expect(toRows('{"error":"Rate limit exceeded"}')).toEqual([HEADER]);
    expect(toRows('{"data":{}}')).toEqual([HEADER]);
  });
});

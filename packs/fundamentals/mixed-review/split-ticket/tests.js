import { describe, test, expect } from '@jest/globals';
import { makeTicket, formatPesos, printTicket, splitTicket, printSplit } from './solution';

const menu = { 'café de olla': 4500, 'concha': 2200, 'torta ahogada': 9500 };
const order = [
  { item: 'torta ahogada', qty: 2 },
  { item: 'café de olla', qty: 2 },
  { item: 'concha', qty: 1 },
];

describe('existing features (keep them green)', () => {
  test('makeTicket prices every line and adds the total', () => {
    expect(makeTicket(order, menu)).toEqual({
      lines: [
        { item: 'torta ahogada', qty: 2, centavos: 19000 },
        { item: 'café de olla', qty: 2, centavos: 9000 },
        { item: 'concha', qty: 1, centavos: 2200 },
      ],
      totalCentavos: 30200,
    });
    expect(() => makeTicket([{ item: 'pozole', qty: 1 }], menu)).toThrow('Not on the menu: pozole');
  });

  test('formatPesos writes centavos as pesos', () => {
    expect(formatPesos(30200)).toBe('$302.00');
    expect(formatPesos(7)).toBe('$0.07');
    expect(formatPesos(10067)).toBe('$100.67');
  });

  test('printTicket lines up the ticket', () => {
    expect(printTicket(makeTicket([{ item: 'concha', qty: 3 }], menu))).toBe(
      ' 3 concha                $66.00\nTOTAL                    $66.00',
    );
  });
});

describe('splitTicket and printSplit (the new feature)', () => {
  const ticket = makeTicket(order, menu);

  test('splits an even total into equal shares', () => {
    expect(splitTicket(ticket, 2)).toEqual([15100, 15100]);
    expect(splitTicket(ticket, 1)).toEqual([30200]);
  });

  test('gives the leftover centavos, one each, to the first people', () => {
    expect(splitTicket(ticket, 3)).toEqual([10067, 10067, 10066]);
    expect(splitTicket({ lines: [], totalCentavos: 1003 }, 4)).toEqual([251, 251, 251, 250]);
  });

  test('the shares always add up to the total', () => {
    for (let people = 1; people <= 12; people++) {
      const shares = splitTicket({ lines: [], totalCentavos: 98765 }, people);
      expect(shares).toHaveLength(people);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(98765);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    }
  });

  test('rejects a number of people that is not a whole number of at least 1', () => {
    expect(() => splitTicket(ticket, 0)).toThrow(new RangeError('People must be a whole number of at least 1'));
    expect(() => splitTicket(ticket, 2.5)).toThrow(RangeError);
    expect(() => splitTicket(ticket, '3')).toThrow(RangeError);
  });

  test('printSplit writes one line per person in pesos', () => {
    expect(printSplit(ticket, 3)).toBe('Person 1: $100.67\nPerson 2: $100.67\nPerson 3: $100.66');
  });

  test('does not change the ticket', () => {
    const copy = JSON.parse(JSON.stringify(ticket));
    splitTicket(ticket, 3);
    printSplit(ticket, 3);
    expect(ticket).toEqual(copy);
  });
});

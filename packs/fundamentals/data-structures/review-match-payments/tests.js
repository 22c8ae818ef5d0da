import { describe, test, expect } from '@jest/globals';
import { matchPayments } from './solution';

const inv = (folio, centavos) => ({ folio, centavos });
const pay = (ref, centavos) => ({ ref, centavos });

describe('matchPayments', () => {
  test('the example from the instructions', () => {
    const result = matchPayments(
      [inv('A-1', 125000), inv('A-2', 48900), inv('A-3', 125000)],
      [pay('SPEI-71', 125000), pay('SPEI-72', 99900), pay('SPEI-73', 125000)],
    );
    expect(result).toEqual({
      matched: [
        { ref: 'SPEI-71', folio: 'A-1' },
        { ref: 'SPEI-73', folio: 'A-3' },
      ],
      unmatched: ['SPEI-72'],
      open: ['A-2'],
    });
  });

  test('the oldest invoice with the amount is paid first', () => {
    const result = matchPayments([inv('B-7', 500), inv('B-8', 500), inv('B-9', 500)], [pay('P1', 500)]);
    expect(result.matched).toEqual([{ ref: 'P1', folio: 'B-7' }]);
    expect(result.open).toEqual(['B-8', 'B-9']);
  });

  test('an invoice is paid only once', () => {
    const result = matchPayments([inv('C-1', 1000)], [pay('P1', 1000), pay('P2', 1000)]);
    expect(result.matched).toEqual([{ ref: 'P1', folio: 'C-1' }]);
    expect(result.unmatched).toEqual(['P2']);
    expect(result.open).toEqual([]);
  });

  test('amounts must be exactly equal', () => {
    const result = matchPayments([inv('D-1', 10000)], [pay('P1', 9999), pay('P2', 10001)]);
    expect(result).toEqual({ matched: [], unmatched: ['P1', 'P2'], open: ['D-1'] });
  });

  test('payments arriving in a different order than the invoices', () => {
    const result = matchPayments(
      [inv('E-1', 300), inv('E-2', 200), inv('E-3', 100), inv('E-4', 200)],
      [pay('P1', 100), pay('P2', 200), pay('P3', 200), pay('P4', 300)],
    );
    expect(result.matched).toEqual([
      { ref: 'P1', folio: 'E-3' },
      { ref: 'P2', folio: 'E-2' },
      { ref: 'P3', folio: 'E-4' },
      { ref: 'P4', folio: 'E-1' },
    ]);
    expect(result.open).toEqual([]);
  });

  test('nothing to match', () => {
    expect(matchPayments([], [])).toEqual({ matched: [], unmatched: [], open: [] });
    expect(matchPayments([inv('F-1', 1)], [])).toEqual({ matched: [], unmatched: [], open: ['F-1'] });
  });

  test('does not change the lists it receives', () => {
    const invoices = [inv('G-1', 700), inv('G-2', 700)];
    const payments = [pay('P1', 700)];
    matchPayments(invoices, payments);
    expect(invoices).toEqual([inv('G-1', 700), inv('G-2', 700)]);
    expect(payments).toEqual([pay('P1', 700)]);
  });

  test('a month with 10,000 invoices and 10,000 payments', () => {
    const invoices = [];
    const payments = [];
    for (let i = 0; i < 10000; i++) {
      invoices.push(inv(`M-${i}`, 10000 + i));
      payments.push(pay(`P-${i}`, 10000 + (9999 - i)));
    }
    const result = matchPayments(invoices, payments);
    expect(result.matched).toHaveLength(10000);
    expect(result.matched[0]).toEqual({ ref: 'P-0', folio: 'M-9999' });
    expect(result.open).toEqual([]);
  });
});

import { describe, test, expect } from '@jest/globals';
import { receiptLine, printReceipt, includedIva, WIDTH } from './solution';

describe('what already works', () => {
  test('a line puts the label left and the amount right', () => {
    expect(receiptLine('TOTAL', 17500)).toBe('TOTAL                    $175.00');
  });

  test('a short label line is 32 characters', () => {
    expect(receiptLine('2 x Café de olla', 9000)).toHaveLength(32);
    expect(WIDTH).toBe(32);
  });

  test('the receipt starts with the items and the total', () => {
    const lines = printReceipt([
      { name: 'Café de olla', qty: 2, price: 4500 },
      { name: 'Torta ahogada', qty: 1, price: 8500 },
    ]).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '2 x Café de olla          $90.00',
      '1 x Torta ahogada         $85.00',
      '--------------------------------',
      'TOTAL                    $175.00',
    ]);
  });
});

describe('long names', () => {
  test('a long label is cut to 21 characters and "…"', () => {
    expect(receiptLine('1 x Chilaquiles verdes con pollo', 13900)).toBe('1 x Chilaquiles verde…   $139.00');
  });

  test('a label of exactly 22 characters stays whole', () => {
    expect(receiptLine('1234567890123456789012', 100)).toBe('1234567890123456789012     $1.00');
  });

  test('a label of 23 characters is cut', () => {
    expect(receiptLine('12345678901234567890123', 100)).toBe('123456789012345678901…     $1.00');
  });
});

describe('IVA included', () => {
  test('computes the IVA inside a total', () => {
    expect(includedIva(17500)).toBe(2414);
    expect(includedIva(11600)).toBe(1600);
    expect(includedIva(22900)).toBe(3159);
  });

  test('is zero for a zero total', () => {
    expect(includedIva(0)).toBe(0);
  });

  test('the receipt ends with the IVA line', () => {
    const receipt = printReceipt([
      { name: 'Café de olla', qty: 2, price: 4500 },
      { name: 'Chilaquiles verdes con pollo', qty: 1, price: 13900 },
    ]);
    expect(receipt).toBe(
      [
        '2 x Café de olla          $90.00',
        '1 x Chilaquiles verde…   $139.00',
        '--------------------------------',
        'TOTAL                    $229.00',
        'IVA included              $31.59',
      ].join('\n'),
    );
  });

  test('every line of the receipt is 32 characters', () => {
    const receipt = printReceipt([
      { name: 'Agua fresca de jamaica grande', qty: 3, price: 3500 },
      { name: 'Pan', qty: 10, price: 1200 },
    ]);
    for (const line of receipt.split('\n')) {
      expect(line).toHaveLength(32);
    }
  });
});

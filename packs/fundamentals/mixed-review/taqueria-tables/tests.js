import { describe, test, expect } from '@jest/globals';
import { billsByTable } from './solution';

describe('billsByTable', () => {
  test('groups the example orders into one bill per table', () => {
    expect(billsByTable([
      { table: 3, item: 'taco de trompo', qty: 4, priceCentavos: 2500 },
      { table: 1, item: 'agua de horchata', qty: 2, priceCentavos: 3500 },
      { table: 3, item: 'gringa', qty: 1, priceCentavos: 6500 },
      { table: 3, item: 'taco de trompo', qty: 2, priceCentavos: 2500 },
    ])).toEqual([
      { table: 1, items: { 'agua de horchata': 2 }, totalCentavos: 7000, ivaCentavos: 966 },
      { table: 3, items: { 'taco de trompo': 6, gringa: 1 }, totalCentavos: 21500, ivaCentavos: 2966 },
    ]);
  });

  test('counts any item name the waiters type, even one every object already has', () => {
    expect(billsByTable([
      { table: 2, item: 'constructor', qty: 1, priceCentavos: 3000 },
      { table: 2, item: 'toString', qty: 2, priceCentavos: 1000 },
      { table: 2, item: 'constructor', qty: 1, priceCentavos: 3000 },
    ])).toEqual([
      { table: 2, items: { constructor: 2, toString: 2 }, totalCentavos: 8000, ivaCentavos: 1103 },
    ]);
  });

  test('returns no bills for no orders', () => {
    expect(billsByTable([])).toEqual([]);
  });

  test('sorts tables as numbers', () => {
    const bills = billsByTable([
      { table: 10, item: 'quesadilla', qty: 1, priceCentavos: 4000 },
      { table: 2, item: 'quesadilla', qty: 1, priceCentavos: 4000 },
      { table: 1, item: 'refresco', qty: 1, priceCentavos: 3000 },
    ]);
    expect(bills.map((b) => b.table)).toEqual([1, 2, 10]);
  });

  test('computes the IVA once, from the table total', () => {
    const [bill] = billsByTable([
      { table: 5, item: 'taco de bistec', qty: 1, priceCentavos: 2500 },
      { table: 5, item: 'taco de tripa', qty: 1, priceCentavos: 2500 },
      { table: 5, item: 'taco de suadero', qty: 1, priceCentavos: 2500 },
    ]);
    expect(bill.totalCentavos).toBe(7500);
    expect(bill.ivaCentavos).toBe(1034);
  });

  test('a total of 116 pesos includes 16 pesos of IVA', () => {
    const [bill] = billsByTable([{ table: 7, item: 'orden de pastor', qty: 1, priceCentavos: 11600 }]);
    expect(bill.ivaCentavos).toBe(1600);
  });

  test('rejects quantities that are not whole numbers of at least 1', () => {
    expect(() => billsByTable([{ table: 3, item: 'gringa', qty: 0, priceCentavos: 6500 }]))
      .toThrow(new RangeError('Invalid quantity for gringa at table 3'));
    expect(() => billsByTable([{ table: 4, item: 'taco de trompo', qty: 1.5, priceCentavos: 2500 }]))
      .toThrow('Invalid quantity for taco de trompo at table 4');
    expect(() => billsByTable([{ table: 4, item: 'taco de trompo', qty: 1.5, priceCentavos: 2500 }]))
      .toThrow(RangeError);
  });

  test('does not change the orders it receives', () => {
    const orders = [
      { table: 2, item: 'agua de jamaica', qty: 1, priceCentavos: 3500 },
      { table: 1, item: 'agua de jamaica', qty: 1, priceCentavos: 3500 },
    ];
    const copy = JSON.parse(JSON.stringify(orders));
    billsByTable(orders);
    expect(orders).toEqual(copy);
  });
});

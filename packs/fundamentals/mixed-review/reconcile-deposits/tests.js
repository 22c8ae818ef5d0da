import { describe, test, expect } from '@jest/globals';
import { reconcile } from './solution';

function invoices() {
  return [
    { id: 'F-1021', customer: 'Abarrotes Doña Lupe', totalCentavos: 116000 },
    { id: 'F-1022', customer: 'Miscelánea El Güero', totalCentavos: 58000 },
    { id: 'F-1023', customer: 'Tienda Ñandú', totalCentavos: 23200 },
  ];
}

describe('reconcile', () => {
  test('sorts the example into paid, partial, unpaid and unknown', () => {
    const deposits = [
      { reference: 'F-1021', centavos: 60000 },
      { reference: ' f-1022', centavos: 58000 },
      { reference: 'F1021', centavos: 56000 },
    ];
    expect(reconcile(invoices(), deposits)).toEqual({
      paid: ['F-1022'],
      partial: [{ id: 'F-1021', missingCentavos: 56000 }],
      unpaid: ['F-1023'],
      unknown: [{ reference: 'F1021', centavos: 56000 }],
    });
  });

  test('several deposits add up, and paying more than the total counts as paid', () => {
    const deposits = [
      { reference: 'F-1021', centavos: 60000 },
      { reference: 'f-1023', centavos: 30000 },
      { reference: 'F-1021 ', centavos: 56000 },
    ];
    const result = reconcile(invoices(), deposits);
    expect(result.paid).toEqual(['F-1021', 'F-1023']);
    expect(result.partial).toEqual([]);
    expect(result.unpaid).toEqual(['F-1022']);
  });

  test('a payment one centavo short is partial', () => {
    const result = reconcile(invoices(), [{ reference: 'F-1022', centavos: 57999 }]);
    expect(result.partial).toEqual([{ id: 'F-1022', missingCentavos: 1 }]);
    expect(result.paid).toEqual([]);
  });

  test('keeps the order of the invoices, not of the deposits', () => {
    const deposits = [
      { reference: 'F-1023', centavos: 23200 },
      { reference: 'F-1022', centavos: 100 },
      { reference: 'F-1021', centavos: 116000 },
    ];
    const result = reconcile(invoices(), deposits);
    expect(result.paid).toEqual(['F-1021', 'F-1023']);
    expect(result.partial).toEqual([{ id: 'F-1022', missingCentavos: 57900 }]);
  });

  test('unknown deposits keep their cleaned reference, in deposit order', () => {
    const deposits = [
      { reference: ' pago tienda ', centavos: 5000 },
      { reference: 'F-1021', centavos: 1000 },
      { reference: 'f-9999', centavos: 700 },
    ];
    expect(reconcile(invoices(), deposits).unknown).toEqual([
      { reference: 'PAGO TIENDA', centavos: 5000 },
      { reference: 'F-9999', centavos: 700 },
    ]);
  });

  test('no deposits leaves every invoice unpaid; no invoices makes every deposit unknown', () => {
    expect(reconcile(invoices(), [])).toEqual({
      paid: [], partial: [], unpaid: ['F-1021', 'F-1022', 'F-1023'], unknown: [],
    });
    expect(reconcile([], [{ reference: 'F-1021', centavos: 500 }])).toEqual({
      paid: [], partial: [], unpaid: [], unknown: [{ reference: 'F-1021', centavos: 500 }],
    });
  });

  test('throws a RangeError for an amount that is not a whole number above 0', () => {
    for (const centavos of [0, -500, 120.5, '5000']) {
      const deposits = [{ reference: 'F-1021', centavos: 1000 }, { reference: 'F-1022', centavos }];
      expect(() => reconcile(invoices(), deposits)).toThrow(RangeError);
      expect(() => reconcile(invoices(), deposits)).toThrow('Deposit 2 has an invalid amount');
    }
  });

  test('does not change the invoices or the deposits', () => {
    const list = invoices();
    const deposits = [{ reference: ' f-1021 ', centavos: 1000 }];
    reconcile(list, deposits);
    expect(list).toEqual(invoices());
    expect(deposits).toEqual([{ reference: ' f-1021 ', centavos: 1000 }]);
  });
});

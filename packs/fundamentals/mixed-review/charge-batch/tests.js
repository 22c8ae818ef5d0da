import { describe, test, expect } from '@jest/globals';
import { chargeAll } from './solution';

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// A fake payment gateway: answers after `ms` milliseconds; declines the ids in `declined`.
function fakeGateway(declined = {}, ms = 100) {
  const gateway = {
    sent: [],
    charge(charge) {
      gateway.sent.push(charge.id);
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          if (Object.hasOwn(declined, charge.id)) {
            reject(new Error(declined[charge.id]));
          } else {
            resolve(`REC-${charge.id}`);
          }
        }, ms);
      });
    },
  };
  return gateway;
}

describe('chargeAll', () => {
  test('charges the example batch', async () => {
    const gateway = fakeGateway({ 'GYM-102': 'Card declined' });
    const result = await chargeAll([
      { id: 'GYM-101', centavos: 59900 },
      { id: 'GYM-102', centavos: 59900 },
      { id: 'GYM-103', centavos: 0 },
      { id: 'GYM-104', centavos: 79900 },
    ], gateway);
    expect(result).toEqual({
      chargedCentavos: 139800,
      receipts: ['REC-GYM-101', 'REC-GYM-104'],
      failed: [
        { id: 'GYM-102', reason: 'Card declined' },
        { id: 'GYM-103', reason: 'Invalid amount' },
      ],
    });
  });

  test('returns a promise', () => {
    const result = chargeAll([], fakeGateway());
    expect(result).toBeInstanceOf(Promise);
  });

  test('an empty batch charges nothing', async () => {
    await expect(chargeAll([], fakeGateway())).resolves.toEqual({ chargedCentavos: 0, receipts: [], failed: [] });
  });

  test('never sends invalid amounts to the gateway', async () => {
    const gateway = fakeGateway();
    const result = await chargeAll([
      { id: 'A', centavos: -500 },
      { id: 'B', centavos: 199.5 },
      { id: 'C', centavos: '59900' },
      { id: 'D', centavos: 100 },
    ], gateway);
    expect(gateway.sent).toEqual(['D']);
    expect(result.failed.map((f) => f.id)).toEqual(['A', 'B', 'C']);
    expect(result.chargedCentavos).toBe(100);
  });

  test('keeps the batch order even when answers arrive out of order', async () => {
    const gateway = {
      charge(charge) {
        const ms = charge.id === 'slow' ? 900 : 10;
        return new Promise((resolve) => setTimeout(() => resolve(`REC-${charge.id}`), ms));
      },
    };
    const result = await chargeAll([{ id: 'slow', centavos: 100 }, { id: 'fast', centavos: 200 }], gateway);
    expect(result.receipts).toEqual(['REC-slow', 'REC-fast']);
  });

  test('one declined card does not stop the others', async () => {
    const gateway = fakeGateway({ X: 'Insufficient funds', Z: 'Expired card' });
    const result = await chargeAll([
      { id: 'X', centavos: 100 }, { id: 'Y', centavos: 250 }, { id: 'Z', centavos: 300 },
    ], gateway);
    expect(result).toEqual({
      chargedCentavos: 250,
      receipts: ['REC-Y'],
      failed: [{ id: 'X', reason: 'Insufficient funds' }, { id: 'Z', reason: 'Expired card' }],
    });
  });

  test('sends every charge at once instead of waiting for each answer', async () => {
    const gateway = fakeGateway({}, 1000);
    const batch = [{ id: '1', centavos: 100 }, { id: '2', centavos: 100 }, { id: '3', centavos: 100 }];
    const result = chargeAll(batch, gateway);
    await sleep(10);
    expect(gateway.sent).toEqual(['1', '2', '3']);
    await result;
  });
});

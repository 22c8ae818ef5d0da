import { describe, test, expect } from '@jest/globals';
import { monthlyReport } from './solution';

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const statements = {
  '2025-03': 'date,description,amount\n2025-03-01,Nómina,18500.00\n2025-03-04,Renta,-9500\n2025-03-09,Super,-1289.50\n',
  '2025-04': 'date,description,amount\n2025-04-01,Nómina,18500\n2025-04-02,Tarjeta,-21000.25',
  '2025-05': 'date,description,amount\n2025-05-01,Nómina,18500\n2025-05-02,Taxi,doscientos',
};

// A fake bank: answers after 300 ms; months it doesn't know fail with "Bank timeout".
function fakeBank() {
  const bank = {
    asked: [],
    load(month) {
      bank.asked.push(month);
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          if (Object.hasOwn(statements, month)) resolve(statements[month]);
          else reject(new Error('Bank timeout'));
        }, 300);
      });
    },
  };
  return bank;
}

describe('monthlyReport', () => {
  test('writes one line per month and the total balance', async () => {
    const bank = fakeBank();
    await expect(monthlyReport(['2025-03', '2025-04'], bank.load)).resolves.toBe([
      '2025-03: income $18500.00, spending $10789.50, balance $7710.50',
      '2025-04: income $18500.00, spending $21000.25, balance -$2500.25',
      'Total balance: $5210.25',
    ].join('\n'));
  });

  test('reports a month that could not be loaded and goes on', async () => {
    const bank = fakeBank();
    await expect(monthlyReport(['2025-02', '2025-03'], bank.load)).resolves.toBe([
      '2025-02: not available (Bank timeout)',
      '2025-03: income $18500.00, spending $10789.50, balance $7710.50',
      'Total balance: $7710.50',
    ].join('\n'));
  });

  test('reports the line of a bad amount, as a person counts lines', async () => {
    const bank = fakeBank();
    await expect(monthlyReport(['2025-05'], bank.load)).resolves.toBe(
      '2025-05: invalid amount on line 3\nTotal balance: $0.00',
    );
  });

  test('no months gives only the total', async () => {
    await expect(monthlyReport([], fakeBank().load)).resolves.toBe('Total balance: $0.00');
  });

  test('keeps exact centavos', async () => {
    const load = async () => 'date,description,amount\n2025-06-01,A,0.10\n2025-06-02,B,0.29\n2025-06-03,C,-1.15';
    await expect(monthlyReport(['2025-06'], load)).resolves.toBe(
      '2025-06: income $0.39, spending $1.15, balance -$0.76\nTotal balance: -$0.76',
    );
  });

  test('a month with only the header has zero everywhere', async () => {
    const load = async () => 'date,description,amount\n';
    await expect(monthlyReport(['2025-07'], load)).resolves.toBe(
      '2025-07: income $0.00, spending $0.00, balance $0.00\nTotal balance: $0.00',
    );
  });

  test('asks the bank for every month at once', async () => {
    const bank = fakeBank();
    const report = monthlyReport(['2025-03', '2025-04', '2025-05'], bank.load);
    await sleep(10);
    expect(bank.asked).toEqual(['2025-03', '2025-04', '2025-05']);
    await report;
  });
});

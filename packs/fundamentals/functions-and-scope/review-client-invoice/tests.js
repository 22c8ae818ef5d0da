import { describe, test, expect } from '@jest/globals';
import { toPesos, platformFee, formatMoney, invoiceLine } from './solution';

describe('toPesos', () => {
  test('uses 18 pesos per dollar when no rate is given', () => {
    expect(toPesos(1000)).toBe(18000);
  });

  test('uses the rate it is given', () => {
    expect(toPesos(1000, 17.25)).toBe(17250);
  });

  test('rounds to the nearest centavo', () => {
    expect(toPesos(333, 17.5)).toBe(5828);
    expect(toPesos(1, 17.49)).toBe(17);
  });
});

describe('platformFee', () => {
  test('is 5% of a large amount', () => {
    expect(platformFee(810000)).toBe(40500);
  });

  test('rounds to the nearest centavo', () => {
    expect(platformFee(258750)).toBe(12938);
  });

  test('is at least 5000', () => {
    expect(platformFee(36000)).toBe(5000);
    expect(platformFee(100000)).toBe(5000);
  });
});

describe('formatMoney', () => {
  test('writes two digits after the point', () => {
    expect(formatMoney(810000)).toBe("$8100.00");
    expect(formatMoney(12938)).toBe("$129.38");
    expect(formatMoney(705)).toBe("$7.05");
  });
});

describe('invoiceLine', () => {
  test('builds the worked example with the default rate', () => {
    expect(invoiceLine("Acme Corp", 10, 4500)).toBe(
      "Acme Corp: 10 h, $8100.00 MXN, fee $405.00, you receive $7695.00"
    );
  });

  test('passes a given exchange rate on', () => {
    expect(invoiceLine("Bright Dental", 2.5, 6000, 17.25)).toBe(
      "Bright Dental: 2.5 h, $2587.50 MXN, fee $129.38, you receive $2458.12"
    );
  });

  test('a short job pays the minimum fee', () => {
    expect(invoiceLine("Piñata Labs", 1, 2000)).toBe(
      "Piñata Labs: 1 h, $360.00 MXN, fee $50.00, you receive $310.00"
    );
  });

  test('nothing to bill for zero or negative hours', () => {
    expect(invoiceLine("Acme Corp", 0, 4500)).toBe("Nothing to bill for Acme Corp");
    expect(invoiceLine("Acme Corp", -2, 4500)).toBe("Nothing to bill for Acme Corp");
  });
});

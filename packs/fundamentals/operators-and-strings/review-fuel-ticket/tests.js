import { describe, test, expect } from '@jest/globals';
import { formatPesos, formatLiters, fuelTicket } from './solution';

describe('formatPesos', () => {
  test('whole pesos get two zeros', () => {
    expect(formatPesos(50000)).toBe("$500.00");
  });

  test('keeps a trailing zero in the centavos', () => {
    expect(formatPesos(35050)).toBe("$350.50");
  });

  test('pads centavos under ten', () => {
    expect(formatPesos(5)).toBe("$0.05");
    expect(formatPesos(2307)).toBe("$23.07");
  });

  test('has no thousands separator', () => {
    expect(formatPesos(123456)).toBe("$1234.56");
  });
});

describe('formatLiters', () => {
  test('shows three digits after the point', () => {
    expect(formatLiters(21285)).toBe("21.285");
  });

  test('pads small amounts with zeros', () => {
    expect(formatLiters(42)).toBe("0.042");
    expect(formatLiters(40500)).toBe("40.500");
  });

  test('whole liters end in .000', () => {
    expect(formatLiters(3000)).toBe("3.000");
  });
});

describe('fuelTicket', () => {
  test('builds the worked example, spaces and all', () => {
    expect(fuelTicket(" 500 ", 2349)).toBe("$500.00 = 21.285 L at $23.49/L");
  });

  test('rounds the typed amount to the nearest centavo', () => {
    expect(fuelTicket("199.99", 2349)).toBe("$199.99 = 8.513 L at $23.49/L");
    expect(fuelTicket("150.70", 2349)).toBe("$150.70 = 6.415 L at $23.49/L");
  });

  test('accepts one decimal', () => {
    expect(fuelTicket("350.5", 2500)).toBe("$350.50 = 14.020 L at $25.00/L");
  });

  test('never gives more fuel than was paid for', () => {
    expect(fuelTicket("400", 2349)).toBe("$400.00 = 17.028 L at $23.49/L");
  });

  test('a tiny amount gives a tiny ticket', () => {
    expect(fuelTicket("1", 2349)).toBe("$1.00 = 0.042 L at $23.49/L");
  });
});

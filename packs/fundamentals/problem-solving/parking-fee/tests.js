import { describe, test, expect } from '@jest/globals';
import { parkingFee, hoursCharged, ticketSummary, formatPesos } from './solution';

describe('what already works', () => {
  test('every started hour counts', () => {
    expect(hoursCharged(60)).toBe(1);
    expect(hoursCharged(61)).toBe(2);
  });

  test('first hour and extra hours', () => {
    expect(parkingFee(60)).toBe(2500);
    expect(parkingFee(61)).toBe(4000);
    expect(parkingFee(180)).toBe(5500);
  });

  test('formats centavos as pesos', () => {
    expect(formatPesos(5500)).toBe('$55.00');
    expect(formatPesos(1205)).toBe('$12.05');
  });

  test('summarizes a ticket on the same day', () => {
    expect(ticketSummary('10:05', '12:35')).toBe('2 h 30 min: $55.00');
  });
});

describe('grace period', () => {
  test('15 minutes or less are free', () => {
    expect(parkingFee(0)).toBe(0);
    expect(parkingFee(15)).toBe(0);
  });

  test('from 16 minutes on, the normal fee applies', () => {
    expect(parkingFee(16)).toBe(2500);
    expect(parkingFee(75)).toBe(4000);
  });

  test('the summary shows a free short stay', () => {
    expect(ticketSummary('09:00', '09:10')).toBe('0 h 10 min: $0.00');
  });
});

describe('daily maximum', () => {
  test('7 hours are below the maximum', () => {
    expect(parkingFee(420)).toBe(11500);
  });

  test('longer stays cost $120.00', () => {
    expect(parkingFee(421)).toBe(12000);
    expect(parkingFee(600)).toBe(12000);
    expect(ticketSummary('08:00', '18:30')).toBe('10 h 30 min: $120.00');
  });
});

describe('past midnight', () => {
  test('an exit earlier than the entry is on the next day', () => {
    expect(ticketSummary('22:40', '01:10')).toBe('2 h 30 min: $55.00');
    expect(ticketSummary('23:50', '00:05')).toBe('0 h 15 min: $0.00');
  });

  test('the same time means a stay of 0 minutes', () => {
    expect(ticketSummary('07:00', '07:00')).toBe('0 h 0 min: $0.00');
  });
});

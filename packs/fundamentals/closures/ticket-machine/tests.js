import { describe, test, expect } from '@jest/globals';
import { takeTicket, ticketsTaken, resetTickets, makeTicketMachine } from './solution';

describe('the original machine still works', () => {
  test('gives numbered tickets with three digits', () => {
    resetTickets();
    expect(takeTicket()).toBe('A-001');
    expect(takeTicket()).toBe('A-002');
    expect(ticketsTaken()).toBe(2);
  });

  test('starts again after a reset', () => {
    takeTicket();
    resetTickets();
    expect(ticketsTaken()).toBe(0);
    expect(takeTicket()).toBe('A-001');
  });
});

describe('makeTicketMachine', () => {
  test('gives tickets with its own prefix', () => {
    const cashier = makeTicketMachine('C');
    expect(cashier.take()).toBe('C-001');
    expect(cashier.take()).toBe('C-002');
  });

  test('counts the tickets it gave', () => {
    const loans = makeTicketMachine('P');
    loans.take();
    loans.take();
    loans.take();
    expect(loans.taken()).toBe(3);
  });

  test('each machine counts on its own', () => {
    const cashier = makeTicketMachine('C');
    const loans = makeTicketMachine('P');
    cashier.take();
    cashier.take();
    expect(loans.take()).toBe('P-001');
    expect(cashier.take()).toBe('C-003');
    expect(loans.taken()).toBe(1);
  });

  test('resetting one machine leaves the others alone', () => {
    const cashier = makeTicketMachine('C');
    const loans = makeTicketMachine('P');
    cashier.take();
    loans.take();
    loans.reset();
    expect(loans.taken()).toBe(0);
    expect(cashier.take()).toBe('C-002');
  });

  test('new machines do not change the original machine', () => {
    resetTickets();
    takeTicket();
    const other = makeTicketMachine('A');
    other.take();
    other.take();
    other.reset();
    expect(ticketsTaken()).toBe(1);
    expect(takeTicket()).toBe('A-002');
  });

  test('keeps its count private', () => {
    const cashier = makeTicketMachine('C');
    cashier.take();
    expect(cashier.nextNumber).toBeUndefined();
    expect(cashier.count).toBeUndefined();
    expect(cashier.taken).toBeInstanceOf(Function);
  });

  test('counts past 999 without cutting digits', () => {
    const big = makeTicketMachine('B');
    let last = '';
    for (let i = 0; i < 1000; i++) {
      last = big.take();
    }
    expect(last).toBe('B-1000');
  });
});

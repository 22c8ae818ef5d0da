import { describe, test, expect } from '@jest/globals';
import { Ticket, TicketOffice, VipTicket } from './solution';

const makeOffice = () => new TicketOffice("Natalia Lafourcade", 95000, ["A1", "A2", "A3"]);

describe('what already worked', () => {
  test('sells seats in order and describes the ticket', () => {
    const office = makeOffice();
    const ticket = office.sell("Ximena");
    expect(ticket).toBeInstanceOf(Ticket);
    expect(ticket.describe()).toBe("Natalia Lafourcade, seat A1: $950.00");
    expect(office.sell("Iker").seat).toBe("A2");
  });

  test('adds up the revenue', () => {
    const office = makeOffice();
    office.sell("Ximena");
    office.sell("Iker");
    expect(office.revenue).toBe(190000);
  });

  test('returns null when sold out', () => {
    const office = new TicketOffice("Café Tacvba", 80000, ["B1"]);
    office.sell("Ana");
    expect(office.sell("Luis")).toBeNull();
    expect(office.revenue).toBe(80000);
  });
});

describe('VipTicket', () => {
  test('is a Ticket with a perk', () => {
    const vip = new VipTicket("Natalia Lafourcade", "A1", 145000, "meet & greet");
    expect(vip).toBeInstanceOf(Ticket);
    expect(vip.perk).toBe("meet & greet");
    expect(vip.price).toBe(145000);
  });

  test('adds the perk to the description', () => {
    const vip = new VipTicket("Natalia Lafourcade", "A1", 145000, "meet & greet");
    expect(vip.describe()).toBe("Natalia Lafourcade, seat A1: $1450.00 + meet & greet");
  });

  test('a normal ticket still has no perk in its description', () => {
    expect(new Ticket("X", "C4", 100).describe()).toBe("X, seat C4: $1.00");
  });
});

describe('sellVip', () => {
  test('sells the next seat as a VipTicket for 50000 more', () => {
    const office = makeOffice();
    office.sell("Ximena");
    const vip = office.sellVip("Iker", "poster");
    expect(vip).toBeInstanceOf(VipTicket);
    expect(vip.seat).toBe("A2");
    expect(vip.describe()).toBe("Natalia Lafourcade, seat A2: $1450.00 + poster");
  });

  test('counts VIP tickets in the revenue', () => {
    const office = makeOffice();
    office.sell("Ximena");
    office.sellVip("Iker", "poster");
    expect(office.revenue).toBe(240000);
  });

  test('returns null when sold out', () => {
    const office = new TicketOffice("Café Tacvba", 80000, []);
    expect(office.sellVip("Ana", "poster")).toBeNull();
  });
});

describe('methods passed around', () => {
  test('sell works as a callback for map', () => {
    const office = makeOffice();
    const tickets = ["Óscar", "Renata"].map(office.sell);
    expect(tickets.map((t) => t.seat)).toEqual(["A1", "A2"]);
    expect(office.revenue).toBe(190000);
  });

  test('sellVip works when taken out of the office', () => {
    const office = makeOffice();
    const sellVip = office.sellVip;
    expect(sellVip("Bruno", "poster").seat).toBe("A1");
    expect(office.revenue).toBe(145000);
  });

  test('each office sells its own seats', () => {
    const a = makeOffice();
    const b = new TicketOffice("Café Tacvba", 80000, ["Z9"]);
    const sellA = a.sell;
    const sellB = b.sell;
    expect(sellB("Ana").seat).toBe("Z9");
    expect(sellA("Luis").seat).toBe("A1");
    expect(b.revenue).toBe(80000);
  });
});

export class TicketQueue {
  constructor() {
    this.customers = [];
    this.nextTicket = 1;
  }

  join(name) {
    const ticket = this.nextTicket;
    this.customers.push({ ticket, name });
    this.nextTicket++;
    return ticket;
  }

  serve() {
    if (this.customers.length === 0) {
      return null;
    }
    return this.customers.shift();
  }

  waiting() {
    return this.customers.length;
  }

  positionOf(name) {
    const index = this.customers.findIndex((customer) => customer.name === name);
    if (index === -1) {
      return null;
    }
    return index + 1;
  }
}

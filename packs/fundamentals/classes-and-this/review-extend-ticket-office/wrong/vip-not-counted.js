// Wrong: sellVip forgets to record the sale, so VIP tickets are missing from the revenue, and
// the VIP price does not include the extra 50000.
export class Ticket {
  constructor(event, seat, price) {
    this.event = event;
    this.seat = seat;
    this.price = price;
  }

  describe() {
    return `${this.event}, seat ${this.seat}: $${(this.price / 100).toFixed(2)}`;
  }
}

export class TicketOffice {
  constructor(event, price, seats) {
    this.event = event;
    this.price = price;
    this.available = [...seats];
    this.sold = [];
    this.sell = this.sell.bind(this);
    this.sellVip = this.sellVip.bind(this);
  }

  sell(buyer) {
    if (this.available.length === 0) {
      return null;
    }
    const seat = this.available.shift();
    const ticket = new Ticket(this.event, seat, this.price);
    this.sold.push({ buyer, ticket });
    return ticket;
  }

  sellVip(buyer, perk) {
    if (this.available.length === 0) {
      return null;
    }
    const seat = this.available.shift();
    return new VipTicket(this.event, seat, this.price, perk);
  }

  get revenue() {
    return this.sold.reduce((sum, sale) => sum + sale.ticket.price, 0);
  }
}

export class VipTicket extends Ticket {
  constructor(event, seat, price, perk) {
    super(event, seat, price);
    this.perk = perk;
  }

  describe() {
    return `${super.describe()} + ${this.perk}`;
  }
}

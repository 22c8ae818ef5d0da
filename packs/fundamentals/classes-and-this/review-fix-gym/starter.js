export class Membership {
  constructor(member, monthlyFee) {
    this.member = member;
    this.monthlyFee = monthlyFee;
    this.visits = [];
  }

  checkIn(day) {
    this.visits.push(day);
  }

  get visitCount() {
    return this.visits.length;
  }

  price(months) {
    return this.monthlyFee * months;
  }

  summary() {
    return `${this.member}, visits: ${this.visitCount()}`;
  }
}

export class StudentMembership extends Membership {
  constructor(member, monthlyFee, school) {
    this.school = school;
    super(member, monthlyFee);
  }

  price(months) {
    return Math.round(price(months) * 0.7);
  }

  summary() {
    return `${super.summary()} (${this.school})`;
  }
}

export class Gym {
  constructor(name) {
    this.name = name;
    this.memberships = [];
  }

  join(membership) {
    this.memberships.push(membership);
  }

  report() {
    return this.memberships.map(function (membership) {
      return `${this.name} | ${membership.summary()}`;
    });
  }
}

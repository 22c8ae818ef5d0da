// Wrong fix: removes the getter and reads visits.length directly in summary, so `visitCount`
// no longer exists.
export class Membership {
  constructor(member, monthlyFee) {
    this.member = member;
    this.monthlyFee = monthlyFee;
    this.visits = [];
  }

  checkIn(day) {
    this.visits.push(day);
  }

  price(months) {
    return this.monthlyFee * months;
  }

  summary() {
    return `${this.member}, visits: ${this.visits.length}`;
  }
}

export class StudentMembership extends Membership {
  constructor(member, monthlyFee, school) {
    super(member, monthlyFee);
    this.school = school;
  }

  price(months) {
    return Math.round(super.price(months) * 0.7);
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
    return this.memberships.map((membership) => `${this.name} | ${membership.summary()}`);
  }
}

// The front desk of a gym: check members in and count their visits.
export class GymDesk {
  constructor(gymName) {
    this.gymName = gymName;
    this.visits = new Map();
  }

  checkIn(member) {
    const name = member.trim();
    this.visits.set(name, (this.visits.get(name) ?? 0) + 1);
    return `Bienvenido a ${this.gymName}, ${name}`;
  }

  checkInAll(members) {
    return members.map(function (member) {
      return this.checkIn(member);
    });
  }

  checkInLater(member, ms) {
    const checkIn = this.checkIn;
    return new Promise((resolve) => {
      setTimeout(() => resolve(checkIn(member)), ms);
    });
  }

  report() {
    return [...this.visits]
      .sort((a, b) => b[1] - a[1])
      .map(([name, count]) => `${name}: ${count} visits`);
  }
}

// Wrong approach: fixes the lost this in both places but leaves the report as it was.
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
    return members.map((member) => this.checkIn(member));
  }
  checkInLater(member, ms) {
    return new Promise((resolve) => setTimeout(() => resolve(this.checkIn(member)), ms));
  }
  report() {
    return [...this.visits].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name}: ${count} visits`);
  }
}

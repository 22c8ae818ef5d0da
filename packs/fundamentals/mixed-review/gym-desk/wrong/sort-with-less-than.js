// Wrong approach: breaks ties with < instead of localeCompare, so names starting with an accent go last.
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
    return [...this.visits]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([name, count]) => `${name}: ${count} ${count === 1 ? "visit" : "visits"}`);
  }
}

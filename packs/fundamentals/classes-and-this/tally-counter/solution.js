export class TallyCounter {
  constructor(step = 1) {
    this.step = step;
    this.count = 0;
    this.add = this.add.bind(this);
    this.reset = this.reset.bind(this);
  }

  add() {
    this.count += this.step;
    return this.count;
  }

  reset() {
    this.count = 0;
  }
}

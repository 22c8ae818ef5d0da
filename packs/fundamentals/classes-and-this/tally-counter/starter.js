export class TallyCounter {
  constructor(step) {
    // Your code here
  }

  add() {
    // Your code here
  }

  reset() {
    // Your code here
  }
}

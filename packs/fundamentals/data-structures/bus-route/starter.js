export class BusRoute {
  constructor() {
    this.head = null;
  }

  addStop(name) {
    // Your code here
  }

  addFirst(name) {
    // Your code here
  }

  length() {
    // Your code here
  }

  toArray() {
    // Your code here
  }

  nextStop(name) {
    // Your code here
  }
}

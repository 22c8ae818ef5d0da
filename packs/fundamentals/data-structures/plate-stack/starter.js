export class PlateStack {
  constructor(capacity) {
    // Your code here
  }

  push(plate) {
    // Your code here
  }

  pop() {
    // Your code here
  }

  peek() {
    // Your code here
  }

  size() {
    // Your code here
  }

  isEmpty() {
    // Your code here
  }
}

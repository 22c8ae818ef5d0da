export class PlateStack {
  constructor(capacity) {
    this.capacity = capacity;
    this.plates = [];
  }

  push(plate) {
    if (this.plates.length >= this.capacity) {
      throw new Error("The stack is full");
    }
    this.plates.push(plate);
  }

  pop() {
    if (this.isEmpty()) {
      throw new Error("The stack is empty");
    }
    return this.plates.pop();
  }

  peek() {
    if (this.isEmpty()) {
      return null;
    }
    return this.plates[this.plates.length - 1];
  }

  size() {
    return this.plates.length;
  }

  isEmpty() {
    return this.plates.length === 0;
  }
}

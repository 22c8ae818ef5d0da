class Node {
  constructor(value) {
    this.value = value;
    this.next = null;
  }
}

export class Route {
  constructor() {
    this.head = null;
  }

  addStop(name) {
    const node = new Node(name);
    if (this.head === null) {
      this.head = node;
      return;
    }
    let current = this.head;
    while (current.next !== null) {
      current = current.next;
    }
    current.next = node;
  }

  toArray() {
    const names = [];
    let current = this.head;
    while (current !== null) {
      names.push(current.value);
      current = current.next;
    }
    return names;
  }

  insertAfter(stop, newStop) {
    // Your code here
  }

  remove(name) {
    // Your code here
  }
}

class Node {
  constructor(value) {
    this.value = value;
    this.next = null;
  }
}

export class BusRoute {
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

  addFirst(name) {
    const node = new Node(name);
    node.next = this.head;
    this.head = node;
  }

  length() {
    let count = 0;
    let current = this.head;
    while (current !== null) {
      count++;
      current = current.next;
    }
    return count;
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

  nextStop(name) {
    let current = this.head;
    while (current !== null) {
      if (current.value === name) {
        return current.next === null ? null : current.next.value;
      }
      current = current.next;
    }
    return null;
  }
}

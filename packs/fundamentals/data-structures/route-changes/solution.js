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
    let current = this.head;
    while (current !== null) {
      if (current.value === stop) {
        const node = new Node(newStop);
        node.next = current.next;
        current.next = node;
        return true;
      }
      current = current.next;
    }
    return false;
  }

  remove(name) {
    if (this.head === null) {
      return false;
    }
    if (this.head.value === name) {
      this.head = this.head.next;
      return true;
    }
    let current = this.head;
    while (current.next !== null) {
      if (current.next.value === name) {
        current.next = current.next.next;
        return true;
      }
      current = current.next;
    }
    return false;
  }
}

// Wrong approach: turns the route into an array, edits the array and rebuilds every node from it.
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

  rebuild(names) {
    this.head = null;
    for (const name of names) {
      this.addStop(name);
    }
  }

  insertAfter(stop, newStop) {
    const names = this.toArray();
    const index = names.indexOf(stop);
    if (index === -1) {
      return false;
    }
    names.splice(index + 1, 0, newStop);
    this.rebuild(names);
    return true;
  }

  remove(name) {
    const names = this.toArray();
    const index = names.indexOf(name);
    if (index === -1) {
      return false;
    }
    names.splice(index, 1);
    this.rebuild(names);
    return true;
  }
}

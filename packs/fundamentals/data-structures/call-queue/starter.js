// A call center queue: the first caller to arrive is the first one served.
export class CallQueue {
  constructor() {
    this.items = [];
  }

  enqueue(caller) {
    this.items.push(caller);
  }

  // Removes and returns the next caller, or null when nobody is waiting.
  dequeue() {
    if (this.items.length === 0) {
      return null;
    }
    return this.items.pop();
  }

  get size() {
    return this.items.length;
  }
}

// At closing time, serves everyone still waiting, in order.
// Returns the list of callers served; the queue is left empty.
export function serveAll(queue) {
  const served = [];
  for (let i = 0; i < queue.size; i++) {
    served.push(queue.dequeue());
  }
  return served;
}

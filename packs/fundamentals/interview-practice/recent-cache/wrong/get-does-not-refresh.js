// Wrong approach: get returns the value but does not move the key to the most recent end, so it evicts by insertion order (FIFO).
export class RecentCache {
  #capacity;
  #entries = new Map();

  constructor(capacity) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError("Capacity must be a whole number of at least 1");
    }
    this.#capacity = capacity;
  }

  get(key) {
    if (!this.#entries.has(key)) {
      return undefined;
    }
    return this.#entries.get(key);
  }

  set(key, value) {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next().value;
      this.#entries.delete(oldest);
    }
  }

  has(key) {
    return this.#entries.has(key);
  }

  get size() {
    return this.#entries.size;
  }

  recent() {
    return [...this.#entries.keys()];
  }
}

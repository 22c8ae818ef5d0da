// Wrong approach: has() is written with get(), so merely looking at a key makes it the most recent.
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
    const value = this.#entries.get(key);
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
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
    return this.get(key) !== undefined;
  }

  get size() {
    return this.#entries.size;
  }

  recent() {
    return [...this.#entries.keys()];
  }
}

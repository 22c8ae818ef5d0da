// Cache for the exchange rates of a remittance app. The clock is a parameter so that
// tests can control time: now() returns the current time in milliseconds.
export class RateCache {
  constructor(now = () => Date.now()) {
    this.now = now;
    this.entries = new Map();
  }

  set(key, value) {
    this.entries.set(key, { value });
  }

  get(key) {
    const entry = this.entries.get(key);
    return entry === undefined ? undefined : entry.value;
  }

  has(key) {
    return this.entries.has(key);
  }

  get size() {
    return this.entries.size;
  }

  keys() {
    return [...this.entries.keys()];
  }
}

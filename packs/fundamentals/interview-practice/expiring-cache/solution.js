// Cache for the exchange rates of a remittance app. The clock is a parameter so that
// tests can control time: now() returns the current time in milliseconds.
export class RateCache {
  constructor(now = () => Date.now()) {
    this.now = now;
    this.entries = new Map();
  }

  set(key, value, ttlMs) {
    if (ttlMs === undefined) {
      this.entries.set(key, { value, expiresAt: Infinity });
      return;
    }
    if (!Number.isInteger(ttlMs) || ttlMs < 1) {
      throw new RangeError("TTL must be a whole number of milliseconds of at least 1");
    }
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
  }

  // The entry for key, or undefined when it is missing or has expired.
  live(key) {
    const entry = this.entries.get(key);
    if (entry === undefined || this.now() >= entry.expiresAt) return undefined;
    return entry;
  }

  get(key) {
    const entry = this.live(key);
    return entry === undefined ? undefined : entry.value;
  }

  has(key) {
    return this.live(key) !== undefined;
  }

  get size() {
    return this.keys().length;
  }

  keys() {
    return [...this.entries.keys()].filter((key) => this.live(key) !== undefined);
  }

  prune() {
    let removed = 0;
    for (const key of [...this.entries.keys()]) {
      if (this.live(key) === undefined) {
        this.entries.delete(key);
        removed++;
      }
    }
    return removed;
  }
}

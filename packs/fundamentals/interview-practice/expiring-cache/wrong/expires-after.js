// Wrong approach: compares with > instead of >=, so an entry is still there at exactly set time + ttlMs.
export class RateCache {
  constructor(now = () => Date.now()) {
    this.now = now;
    this.entries = new Map();
  }
  set(key, value, ttlMs) {
    if (ttlMs !== undefined && (!Number.isInteger(ttlMs) || ttlMs < 1)) {
      throw new RangeError("TTL must be a whole number of milliseconds of at least 1");
    }
    const expiresAt = ttlMs === undefined ? Infinity : this.now() + ttlMs;
    this.entries.set(key, { value, expiresAt });
  }
  live(key) {
    const entry = this.entries.get(key);
    if (entry === undefined || this.now() > entry.expiresAt) return undefined;
    return entry;
  }
  get(key) {
    return this.live(key)?.value;
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

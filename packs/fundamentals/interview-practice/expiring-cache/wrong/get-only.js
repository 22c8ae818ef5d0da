// Wrong approach: only get checks the expiry; has, size and keys still count expired entries.
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
  get(key) {
    const entry = this.entries.get(key);
    if (entry === undefined || this.now() >= entry.expiresAt) return undefined;
    return entry.value;
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
  prune() {
    let removed = 0;
    for (const [key, entry] of [...this.entries]) {
      if (this.now() >= entry.expiresAt) {
        this.entries.delete(key);
        removed++;
      }
    }
    return removed;
  }
}

export class RecentCache {
  constructor(capacity) {
    // Your code here
  }

  get(key) {}

  set(key, value) {}

  has(key) {}

  get size() {}

  recent() {}
}

export class EventEmitter {
  constructor() {
    this.listeners = new Map();
  }

  on(event, listener) {
    const current = this.listeners.get(event) ?? [];
    this.listeners.set(event, [...current, listener]);
    return () => this.off(event, listener);
  }

  off(event, listener) {
    const current = this.listeners.get(event) ?? [];
    const kept = current.filter((l) => l !== listener && l.original !== listener);
    if (kept.length === 0) this.listeners.delete(event);
    else this.listeners.set(event, kept);
  }

  once(event, listener) {
    const wrapper = (...args) => {
      this.off(event, wrapper);
      listener(...args);
    };
    wrapper.original = listener;
    this.on(event, wrapper);
  }

  emit(event, ...args) {
    const current = this.listeners.get(event) ?? [];
    for (const listener of [...current]) {
      listener(...args);
    }
    return current.length > 0;
  }

  listenerCount(event) {
    return (this.listeners.get(event) ?? []).length;
  }
}

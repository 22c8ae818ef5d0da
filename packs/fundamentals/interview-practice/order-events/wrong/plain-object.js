// Wrong approach: keeps the listeners in a plain object, so names like "constructor" find Object's own properties.
export class EventEmitter {
  constructor() {
    this.listeners = {};
  }
  on(event, listener) {
    this.listeners[event] = [...(this.listeners[event] || []), listener];
    return () => this.off(event, listener);
  }
  off(event, listener) {
    const kept = (this.listeners[event] || []).filter((l) => l !== listener && l.original !== listener);
    this.listeners[event] = kept;
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
    const current = this.listeners[event] || [];
    for (const listener of [...current]) listener(...args);
    return current.length > 0;
  }
  listenerCount(event) {
    return (this.listeners[event] || []).length;
  }
}

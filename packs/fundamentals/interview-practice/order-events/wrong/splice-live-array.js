// Wrong approach: edits the array with splice while emit loops over it, so a once listener makes emit skip the next one.
export class EventEmitter {
  constructor() {
    this.listeners = new Map();
  }
  on(event, listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, []);
    this.listeners.get(event).push(listener);
    return () => this.off(event, listener);
  }
  off(event, listener) {
    const current = this.listeners.get(event) ?? [];
    for (let i = current.length - 1; i >= 0; i--) {
      if (current[i] === listener || current[i].original === listener) current.splice(i, 1);
    }
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
    if (current.length === 0) return false;
    for (let i = 0; i < current.length; i++) current[i](...args);
    return true;
  }
  listenerCount(event) {
    return (this.listeners.get(event) ?? []).length;
  }
}

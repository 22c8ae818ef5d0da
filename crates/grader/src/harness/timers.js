  // ---------------------------------------------------------------- virtual timers

  // Pending timers live in a binary heap of entries ordered by due time, then by scheduling
  // order, so thousands of them settle in milliseconds. Clearing or rescheduling a timer only
  // makes its old entry stale; stale entries are dropped when they reach the top.
  let now = 0;
  let nextTimerId = 1;
  let nextSeq = 1;
  let heap = newHeap();
  let live = ObjectCreate(null);
  let liveCount = 0;
  // Under jest.useFakeTimers() timers fire only when the test moves the clock.
  let fakeTimers = false;
  const earlier = (a, b) => a.at < b.at || (a.at === b.at && a.seq < b.seq);
  // A heap keeps its own size and never shortens its array: the engine has been seen to keep
  // reading an element past a shortened length.
  function newHeap() { return { items: [], size: 0 }; }
  function heapPush(h, e) {
    const a = h.items;
    let i = h.size++;
    a[i] = e;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!earlier(a[i], a[parent])) break;
      const swap = a[i]; a[i] = a[parent]; a[parent] = swap;
      i = parent;
    }
  }
  function heapPop(h) {
    const a = h.items;
    const top = a[0];
    const size = --h.size;
    a[0] = a[size];
    a[size] = undefined;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < size && earlier(a[l], a[m])) m = l;
      if (r < size && earlier(a[r], a[m])) m = r;
      if (m === i) break;
      const swap = a[i]; a[i] = a[m]; a[m] = swap;
      i = m;
    }
    return top;
  }
  const isCurrent = (e) => live[e.timer.id] === e.timer && e.timer.entry === e;
  function schedule(timer, at) {
    const e = { timer, at, seq: nextSeq++ };
    timer.entry = e;
    heapPush(heap, e);
  }
  // The earliest pending timer's entry, or undefined.
  function peekTimer() {
    while (heap.size > 0 && !isCurrent(heap.items[0])) heapPop(heap);
    return heap.size > 0 ? heap.items[0] : undefined;
  }
  function addTimer(fn, delay, args, repeat) {
    const id = nextTimerId++;
    delay = typeof delay === 'number' && delay > 0 ? delay : 0;
    const timer = { id, fn, delay, args, repeat, entry: undefined };
    live[id] = timer;
    liveCount++;
    schedule(timer, now + delay);
    return id;
  }
  function clearTimer(id) {
    if (typeof id === 'number' && live[id] !== undefined) {
      delete live[id];
      liveCount--;
    }
  }
  function clearAllTimers() {
    heap = newHeap();
    live = ObjectCreate(null);
    liveCount = 0;
  }
  // Fires the timer of entry `e`, moving the clock to it.
  function fire(entry) {
    const t = entry.timer;
    now = MathMax(now, entry.at);
    if (t.repeat) {
      schedule(t, now + MathMax(t.delay, 1));
    } else {
      delete live[t.id];
      liveCount--;
    }
    try {
      if (typeof t.fn === 'function') ReflectApply(t.fn, undefined, t.args);
    } catch (error) {
      // A test that drives fake timers sees the error, as in Jest.
      if (fakeTimers) throw error;
      const d = describeError(error);
      push(output, { level: 'error', text: 'Uncaught ' + d.name + ' in a timer callback: ' + d.message });
    }
  }
  function fireNext() {
    const e = peekTimer();
    if (e === undefined) return false;
    fire(e);
    return true;
  }
  // The host calls this when only timers can make progress.
  function tick() {
    return fakeTimers ? false : fireNext();
  }

  // jest.useFakeTimers() and the calls that move the clock by hand.
  const MAX_FAKE_FIRINGS = 100000;
  const tooManyTimers = () => new ErrorCtor('Ran ' + MAX_FAKE_FIRINGS + ' timers, and there are still more! Assuming an endless loop of timers.');
  const fakeTimerApi = {
    useFakeTimers() { fakeTimers = true; return jestApi; },
    useRealTimers() { fakeTimers = false; return jestApi; },
    advanceTimersByTime(ms) {
      const until = now + (typeof ms === 'number' && ms > 0 ? ms : 0);
      for (let fired = 0; ; fired++) {
        const e = peekTimer();
        if (e === undefined || e.at > until) break;
        if (fired >= MAX_FAKE_FIRINGS) throw tooManyTimers();
        fire(e);
      }
      now = until;
    },
    advanceTimersToNextTimer(steps) {
      const n = typeof steps === 'number' && steps > 0 ? steps : 1;
      for (let i = 0; i < n && fireNext(); i++) { /* one timer per step */ }
    },
    runAllTimers() {
      for (let fired = 0; fireNext(); fired++) {
        if (fired >= MAX_FAKE_FIRINGS) throw tooManyTimers();
      }
    },
    // Only the timers pending now, each once, in due order; timers they start wait.
    runOnlyPendingTimers() {
      const pending = newHeap();
      for (let i = 0; i < heap.size; i++) if (isCurrent(heap.items[i])) heapPush(pending, heap.items[i]);
      while (pending.size > 0) {
        const e = heapPop(pending);
        if (isCurrent(e)) fire(e);
      }
    },
    clearAllTimers,
    getTimerCount: () => liveCount,
    now: () => now,
  };
  function jestWithTimers() {
    const keys = ObjectKeys(fakeTimerApi);
    for (let i = 0; i < keys.length; i++) jestApi[keys[i]] = fakeTimerApi[keys[i]];
    return jestApi;
  }


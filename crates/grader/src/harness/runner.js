  // ---------------------------------------------------------------- running

  function hooksFor(block, which) {
    const chain = [];
    for (let b = block; b; b = b.parent) chain[chain.length] = b;
    const out = [];
    if (which === 'beforeEach') {
      for (let i = chain.length - 1; i >= 0; i--) for (let j = 0; j < chain[i].beforeEach.length; j++) push(out, chain[i].beforeEach[j]);
    } else {
      for (let i = 0; i < chain.length; i++) for (let j = 0; j < chain[i].afterEach.length; j++) push(out, chain[i].afterEach[j]);
    }
    return out;
  }

  function failureRecord(e) {
    if (isFailure(e)) return { kind: 'assertion', message: e.message, expected: e.expected, received: e.received, error: null, diff: e.diff };
    const d = describeError(e);
    return { kind: 'error', message: d.name + ': ' + d.message, expected: undefined, received: undefined, error: d };
  }

  // A host check that runs after each test's own code (a page that would have reloaded).
  let afterTestCheck;
  let keepTimers = false;

  async function runTest(index) {
    const t = tests[index];
    output = [];
    let code;
    try { code = typeof t.fn === 'function' ? call(FunctionToString, t.fn) : undefined; } catch (_) { code = undefined; }
    const record = { name: t.name, status: 'passed', failure: null, console: output, test_code: code, task_id: t.block.task };
    const blocks = chain(t.block);
    if (t.skip || typeof t.fn !== 'function' || (onlyMode && !t.only)) {
      record.status = 'skipped';
    } else {
      try {
        if (needsSetUp(blocks)) await setUp(blocks);
        else for (let i = 0; i < blocks.length; i++) blocks[i].started = true;
        const before = hooksFor(t.block, 'beforeEach');
        for (let i = 0; i < before.length; i++) await before[i]();
        await t.fn();
        const after = hooksFor(t.block, 'afterEach');
        for (let i = 0; i < after.length; i++) await after[i]();
        if (afterTestCheck !== undefined) afterTestCheck();
      } catch (e) {
        record.status = 'failed';
        record.failure = failureRecord(e);
      }
    }
    try {
      if (needsTearDown(blocks, index)) await tearDown(blocks, index);
    } catch (e) {
      if (record.status !== 'failed') {
        record.status = 'failed';
        record.failure = failureRecord(e);
      }
    }
    // A page keeps running between tests, as it would for a visitor: its timers (a slow
    // fetch, say) carry over. Elsewhere each test starts with none.
    if (!keepTimers) clearAllTimers();
    return serialize(record);
  }

  function suiteErrorRecords() {
    const out = [];
    for (let i = 0; i < suiteErrors.length; i++) {
      push(out, { name: suiteErrors[i].name, status: 'failed', failure: failureRecord(suiteErrors[i].error), console: [] });
    }
    return serialize(out);
  }

  function takeOutput() {
    const o = output;
    output = [];
    return serialize(o);
  }

  // A JSON writer over the harness's own records, immune to toJSON and prototype pollution.
  function serialize(v) {
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'string') return quote(v);
    if (typeof v === 'number') return v === v && v !== Infinity && v !== -Infinity ? StringCtor(v) : 'null';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (ArrayIsArray(v)) {
      let s = '[';
      for (let i = 0; i < v.length; i++) s += (i ? ',' : '') + serialize(v[i]);
      return s + ']';
    }
    const ks = ObjectKeys(v);
    let s = '{';
    let first = true;
    for (let i = 0; i < ks.length; i++) {
      if (v[ks[i]] === undefined) continue;
      s += (first ? '' : ',') + quote(ks[i]) + ':' + serialize(v[ks[i]]);
      first = false;
    }
    return s + '}';
  }

  const api = {
    describe, test, it: test, xtest: test, xit: test, xdescribe: describe, fit: test, fdescribe: describe,
    expect, beforeEach, afterEach, jest: ObjectFreeze(jestWithTimers()),
    beforeAll, afterAll,
    console,
    setTimeout: (fn, delay, ...args) => addTimer(fn, delay, args, false),
    setInterval: (fn, delay, ...args) => addTimer(fn, delay, args, true),
    clearTimeout: clearTimer,
    clearInterval: clearTimer,
  };
  const globals = ['describe', 'test', 'it', 'xtest', 'xit', 'xdescribe', 'fit', 'fdescribe', 'expect',
    'beforeEach', 'afterEach', 'beforeAll', 'afterAll', 'jest'];
  for (let i = 0; i < globals.length; i++) {
    ObjectDefineProperty(global, globals[i], { value: api[globals[i]], writable: false, configurable: false, enumerable: false });
  }
  api.require = requireModule;
  const writableGlobals = ['console', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'require'];
  for (let i = 0; i < writableGlobals.length; i++) {
    ObjectDefineProperty(global, writableGlobals[i], { value: api[writableGlobals[i]], writable: true, configurable: true, enumerable: false });
  }

  return ObjectFreeze({
    exports: ObjectFreeze(api),
    testCount: () => tests.length,
    testName: (i) => tests[i] ? tests[i].name : "",
    runTest,
    tick,
    mockedModuleNames: () => JSONStringify(mockedModuleNames()),
    mockNeedsActual,
    setActualModule,
    mockedModule,
    takeOutput,
    suiteErrors: suiteErrorRecords,
    formatValue: (v) => format(v),
    assert: assertObject,
    test,
    defineCommonJs,
    require: requireModule,
    // An assert-style hint written as an expression passes unless it is `false`. One written as
    // a function is freeCodeCamp's `getUserInput => …`: it is given the learner's source (every
    // file name means the one script) and its own result counts.
    mustHold: async (v, code) => {
      if (typeof v === 'function') v = await v(() => code);
      if (v === false) fail('this check is false', 'true', 'false');
    },
    describeError: (e) => serialize(describeError(e)),
    // What a page's test helpers need from the harness.
    clock: ObjectFreeze({ fake: () => fakeTimers, advance: (ms) => fakeTimerApi.advanceTimersByTime(ms) }),
    setNodeFormatter: (is, print) => { formatNode = { is, print }; },
    // A page: `check` runs after each test, and the page's timers carry over between tests.
    runAsPage: (check) => { afterTestCheck = check; keepTimers = true; },
  });
})(globalThis);

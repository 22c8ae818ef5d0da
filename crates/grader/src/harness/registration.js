  // ---------------------------------------------------------------- registration

  const newBlock = (name, parent, task) => ({ name, parent, task, beforeEach: [], afterEach: [], beforeAll: [], afterAll: [],
    last: -1, started: false, setupError: undefined });
  const root = newBlock('', null, null);
  let tasks = 0;
  let currentBlock = root;
  const tests = [];
  const suiteErrors = [];

  function fullName(block, title) {
    const parts = [];
    for (let b = block; b && b !== root; b = b.parent) parts[parts.length] = b.name;
    let out = '';
    for (let i = parts.length - 1; i >= 0; i--) out += parts[i] + ' > ';
    return out + title;
  }

  function describe(name, fn) {
    // Each top-level describe is one task, as in Exercism's concept exercises.
    const task = currentBlock === root ? ++tasks : currentBlock.task;
    const block = newBlock(StringCtor(name), currentBlock, task);
    const saved = currentBlock;
    currentBlock = block;
    try {
      if (typeof fn === 'function') fn();
    } catch (e) {
      push(suiteErrors, { name: fullName(block, '(describe block)'), error: e });
    } finally {
      currentBlock = saved;
    }
  }

  function addTest(name, fn, skip, only) {
    for (let b = currentBlock; b; b = b.parent) b.last = tests.length;
    push(tests, { name: fullName(currentBlock, StringCtor(name)), fn, block: currentBlock, skip, only });
  }
  function test(name, fn) { addTest(name, fn, false, false); }
  function skippedTest(name, fn) { addTest(name, fn, true, false); }
  test.skip = skippedTest;
  let onlyMode = false;
  test.only = (name, fn) => {
    onlyMode = true;
    addTest(name, fn, false, true);
  };
  test.todo = (name) => skippedTest(name, undefined);
  describe.skip = (name, fn) => {
    const before = tests.length;
    describe(name, fn);
    for (let i = before; i < tests.length; i++) tests[i].skip = true;
  };

  const beforeEach = (fn) => push(currentBlock.beforeEach, fn);
  const afterEach = (fn) => push(currentBlock.afterEach, fn);
  const beforeAll = (fn) => push(currentBlock.beforeAll, fn);
  const afterAll = (fn) => push(currentBlock.afterAll, fn);

  // Blocks from the outermost to `block`.
  function chain(block) {
    const out = [];
    for (let b = block; b; b = b.parent) push(out, b);
    const rev = [];
    for (let i = out.length - 1; i >= 0; i--) push(rev, out[i]);
    return rev;
  }
  // A block's beforeAll hooks run once, before the first of its tests that runs; if one fails,
  // every test of the block fails with that error.
  async function setUp(blocks) {
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.setupError !== undefined) throw b.setupError;
      if (b.started) continue;
      b.started = true;
      try {
        for (let h = 0; h < b.beforeAll.length; h++) await b.beforeAll[h]();
      } catch (e) {
        b.setupError = e;
        throw e;
      }
    }
  }
  // Hooks are awaited only when there are some: an `await` would move the test itself into a
  // promise job, where an engine limit (runaway recursion) could not end it with its own error.
  function needsSetUp(blocks) {
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.setupError !== undefined || (!b.started && b.beforeAll.length > 0)) return true;
    }
    return false;
  }
  function needsTearDown(blocks, index) {
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.last === index && b.started && b.afterAll.length > 0) return true;
    }
    return false;
  }
  // A block's afterAll hooks run after its last test.
  async function tearDown(blocks, index) {
    let error;
    for (let i = blocks.length - 1; i >= 0; i--) {
      const b = blocks[i];
      if (b.last !== index || !b.started) continue;
      for (let h = 0; h < b.afterAll.length; h++) {
        try { await b.afterAll[h](); } catch (e) { if (error === undefined) error = e; }
      }
    }
    if (error !== undefined) throw error;
  }


// The test harness that runs inside the sandbox before any learner code.
//
// Learner code runs in the same realm and may redefine globals or pollute prototypes, so
// everything the harness relies on is captured here, first, and only used through these
// captured references. The script evaluates to the harness API object that the host drives.
(function (global) {
  'use strict';

  const ObjectKeys = Object.keys;
  const ObjectIs = Object.is;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectCreate = Object.create;
  const ObjectFreeze = Object.freeze;
  const ObjectIsFrozen = Object.isFrozen;
  const ObjectPrototypeToString = Object.prototype.toString;
  const HasOwn = Object.prototype.hasOwnProperty;
  const ArrayIsArray = Array.isArray;
  const ReflectApply = Reflect.apply;
  const ReflectConstruct = Reflect.construct;
  const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
  const StringCtor = String;
  const NumberIsNaN = Number.isNaN;
  const MathAbs = Math.abs;
  const MathPow = Math.pow;
  const MathMax = Math.max;
  const StringSlice = String.prototype.slice;
  const StringSplit = String.prototype.split;
  const FunctionToString = Function.prototype.toString;
  const FunctionCtor = Function;
  const PromiseResolve = Promise.resolve.bind(Promise);
  const PromiseReject = Promise.reject.bind(Promise);
  const PromiseThen = Promise.prototype.then;
  const StringIncludes = String.prototype.includes;
  const StringPadStart = String.prototype.padStart;
  const RegExpCtor = RegExp;
  const RegExpExec = RegExp.prototype.exec;
  const RegExpTest = RegExp.prototype.test;
  const RegExpToString = RegExp.prototype.toString;
  const ErrorCtor = Error;
  const MapCtor = Map;
  const SetCtor = Set;
  const MapForEach = Map.prototype.forEach;
  const SetForEach = Set.prototype.forEach;
  const MapGet = Map.prototype.get;
  const MapHas = Map.prototype.has;
  const SetHas = Set.prototype.has;
  const MapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
  const SetSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
  const DateGetTime = Date.prototype.getTime;
  const DateCtor = Date;
  const JSONStringify = JSON.stringify;

  const call = (fn, self, ...args) => ReflectApply(fn, self, args);
  const push = (arr, v) => { arr[arr.length] = v; };
  const slice = (s, a, b) => call(StringSlice, s, a, b);
  const isObject = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');
  const tag = (v) => call(ObjectPrototypeToString, v);

  // ---------------------------------------------------------------- formatting values

  const MAX_FORMAT = 2000;
  let formatNode;

  // The engine's own JSON string escaping: a primitive string never consults toJSON, so the
  // captured function is safe from learner code, and it is far faster than escaping in script.
  function quote(s) {
    if (s.length <= MAX_FORMAT) return JSONStringify(s);
    const head = JSONStringify(slice(s, 0, MAX_FORMAT));
    return slice(head, 0, head.length - 1) + '…"';
  }

  function constructorName(v) {
    try {
      const proto = ObjectGetPrototypeOf(v);
      if (proto === null) return '[Object: null prototype]';
      const ctor = proto.constructor;
      if (typeof ctor === 'function' && typeof ctor.name === 'string') return ctor.name;
    } catch (_) { /* a hostile getter: fall through */ }
    return 'Object';
  }

  function formatKey(k) {
    return typeof k === 'symbol' ? '[' + StringCtor(k) + ']' : quote(k);
  }

  // Prints a value the way Jest does in failure messages: strings quoted, containers expanded.
  function format(v, depth, seen) {
    depth = depth || 0;
    seen = seen || [];
    if (v === undefined) return 'undefined';
    if (v === null) return 'null';
    if (typeof v === 'string') return quote(v);
    if (typeof v === 'number') return ObjectIs(v, -0) ? '-0' : StringCtor(v);
    if (typeof v === 'bigint') return StringCtor(v) + 'n';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v === 'symbol') return StringCtor(v);
    if (typeof v === 'function') return '[Function' + (v.name ? ' ' + v.name : ' anonymous') + ']';
    // An asymmetric matcher prints as Jest prints it (`Any<String>`), not as its insides.
    if (isAsymmetric(v)) return v.toString();
    // A page's node prints as its HTML, as Jest prints DOM nodes.
    if (formatNode !== undefined && formatNode.is(v)) return formatNode.print(v);
    for (let i = 0; i < seen.length; i++) if (seen[i] === v) return '[Circular]';
    if (depth > 6) return ArrayIsArray(v) ? '[Array]' : '[' + constructorName(v) + ']';
    const inner = [];
    for (let i = 0; i < seen.length; i++) push(inner, seen[i]);
    push(inner, v);
    let out;
    if (v instanceof ErrorCtor) {
      out = '[' + (v.name || 'Error') + ': ' + v.message + ']';
    } else if (v instanceof DateCtor) {
      out = 'Date(' + call(DateGetTime, v) + ')';
    } else if (v instanceof RegExpCtor) {
      out = call(RegExpToString, v);
    } else if (ArrayIsArray(v)) {
      let s = '';
      for (let i = 0; i < v.length; i++) {
        s += (i ? ', ' : '') + (call(HasOwn, v, i) ? format(v[i], depth + 1, inner) : '<empty>');
        if (s.length > MAX_FORMAT) { s += ', …'; break; }
      }
      out = '[' + s + ']';
    } else if (v instanceof MapCtor) {
      let s = '';
      call(MapForEach, v, (val, key) => {
        if (s.length > MAX_FORMAT) return;
        s += (s ? ', ' : '') + format(key, depth + 1, inner) + ' => ' + format(val, depth + 1, inner);
      });
      out = 'Map {' + s + '}';
    } else if (v instanceof SetCtor) {
      let s = '';
      call(SetForEach, v, (val) => {
        if (s.length > MAX_FORMAT) return;
        s += (s ? ', ' : '') + format(val, depth + 1, inner);
      });
      out = 'Set {' + s + '}';
    } else {
      const name = constructorName(v);
      const keys = ObjectKeys(v);
      let s = '';
      for (let i = 0; i < keys.length; i++) {
        let val;
        try { val = v[keys[i]]; } catch (_) { val = '[Getter threw]'; }
        s += (i ? ', ' : '') + formatKey(keys[i]) + ': ' + format(val, depth + 1, inner);
        if (s.length > MAX_FORMAT) { s += ', …'; break; }
      }
      out = (name === 'Object' ? '' : name + ' ') + '{' + s + '}';
    }
    return out;
  }

  // Multi-line printing for diffs: one entry per line, nested entries indented, like Jest.
  const MAX_PRETTY_LINES = 400;
  function pretty(v, indent, seen, lines, prefix, suffix) {
    const pad = call(StringPadStart, '', indent * 2, ' ');
    const container = isObject(v) && typeof v !== 'function' && !(v instanceof ErrorCtor) && !(v instanceof DateCtor) &&
      !(v instanceof RegExpCtor);
    let circular = false;
    for (let i = 0; i < seen.length; i++) if (seen[i] === v) circular = true;
    if (!container || circular || indent > 6 || lines.length > MAX_PRETTY_LINES) {
      push(lines, pad + prefix + (circular ? '[Circular]' : format(v)) + suffix);
      return;
    }
    const inner = [];
    for (let i = 0; i < seen.length; i++) push(inner, seen[i]);
    push(inner, v);
    const entries = [];
    let open;
    let close;
    if (ArrayIsArray(v)) {
      open = '['; close = ']';
      for (let i = 0; i < v.length; i++) push(entries, ['', v[i]]);
    } else if (v instanceof MapCtor) {
      open = 'Map {'; close = '}';
      call(MapForEach, v, (val, key) => push(entries, [format(key) + ' => ', val]));
    } else if (v instanceof SetCtor) {
      open = 'Set {'; close = '}';
      call(SetForEach, v, (val) => push(entries, ['', val]));
    } else {
      const name = constructorName(v);
      open = (name === 'Object' ? '' : name + ' ') + '{'; close = '}';
      const keys = ObjectKeys(v);
      for (let i = 0; i < keys.length; i++) {
        let val;
        try { val = v[keys[i]]; } catch (_) { val = '[Getter threw]'; }
        push(entries, [formatKey(keys[i]) + ': ', val]);
      }
    }
    if (entries.length === 0) {
      push(lines, pad + prefix + open + close + suffix);
      return;
    }
    push(lines, pad + prefix + open);
    for (let i = 0; i < entries.length; i++) pretty(entries[i][1], indent + 1, inner, lines, entries[i][0], ',');
    push(lines, pad + close + suffix);
  }
  function prettyLines(v) {
    if (typeof v === 'string') return call(StringSplit, v, '\n');
    const lines = [];
    pretty(v, 0, [], lines, '', '');
    return lines;
  }
  // A line diff of `expected` against `received` when a one-line print would hide where they
  // differ: containers, and strings of several lines. Lines are kept in order; the longest
  // common subsequence marks what stayed the same.
  function diffOf(expected, received) {
    const structural = (isObject(expected) && typeof expected !== 'function') || (isObject(received) && typeof received !== 'function');
    const multiline = typeof expected === 'string' && typeof received === 'string' &&
      (call(StringIncludes, expected, '\n') || call(StringIncludes, received, '\n'));
    if (!structural && !multiline) return undefined;
    const a = prettyLines(expected);
    const b = prettyLines(received);
    if (a.length * b.length > 250000) return undefined;
    const n = a.length;
    const m = b.length;
    const table = [];
    for (let i = 0; i <= n; i++) { const row = []; for (let j = 0; j <= m; j++) row[j] = 0; table[i] = row; }
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : MathMax(table[i + 1][j], table[i][j + 1]);
      }
    }
    const out = [];
    let i = 0;
    let j = 0;
    let changed = false;
    while (i < n || j < m) {
      if (i < n && j < m && a[i] === b[j]) { push(out, { kind: 'same', text: a[i] }); i++; j++; }
      else if (i < n && (j === m || table[i + 1][j] >= table[i][j + 1])) { push(out, { kind: 'expected', text: a[i] }); i++; changed = true; }
      else { push(out, { kind: 'received', text: b[j] }); j++; changed = true; }
    }
    return changed && out.length > 1 ? out : undefined;
  }

  // Console output is printed like a browser console: strings as they are, values readable.
  function formatConsoleArgs(args) {
    let out = '';
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      out += (i ? ' ' : '') + (typeof a === 'string' ? a : format(a));
    }
    return out;
  }

  // ---------------------------------------------------------------- equality

  function equals(a, b, strict, seenA, seenB) {
    if (isAsymmetric(a)) return a.asymmetricMatch(b);
    if (isAsymmetric(b)) return b.asymmetricMatch(a);
    if (ObjectIs(a, b)) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (tag(a) !== tag(b)) return false;
    if (strict && ObjectGetPrototypeOf(a) !== ObjectGetPrototypeOf(b)) return false;
    seenA = seenA || [];
    seenB = seenB || [];
    for (let i = 0; i < seenA.length; i++) if (seenA[i] === a) return seenB[i] === b;
    // Fresh copies per level rather than push/pop: no shared stack to unwind on any path.
    const outerA = seenA;
    const outerB = seenB;
    seenA = [];
    seenB = [];
    for (let i = 0; i < outerA.length; i++) { seenA[i] = outerA[i]; seenB[i] = outerB[i]; }
    seenA[seenA.length] = a;
    seenB[seenB.length] = b;
    let result;
    if (a instanceof DateCtor) result = call(DateGetTime, a) === call(DateGetTime, b);
    else if (a instanceof RegExpCtor) result = call(RegExpToString, a) === call(RegExpToString, b);
    else if (a instanceof MapCtor) result = mapEquals(a, b, strict, seenA, seenB);
    else if (a instanceof SetCtor) result = setEquals(a, b, strict, seenA, seenB);
    else if (ArrayIsArray(a)) {
      result = a.length === b.length;
      for (let i = 0; result && i < a.length; i++) {
        if (strict && call(HasOwn, a, i) !== call(HasOwn, b, i)) result = false;
        else result = equals(a[i], b[i], strict, seenA, seenB);
      }
    } else {
      result = objectEquals(a, b, strict, seenA, seenB);
    }
    return result;
  }

  // toMatchObject: every property `expected` names matches, recursively; arrays match
  // element by element and must have the same length; other properties of `received` are ignored.
  function matchesObject(received, expected, depth) {
    if (depth > 100) return false;
    if (isAsymmetric(expected)) return expected.asymmetricMatch(received);
    if (ArrayIsArray(expected)) {
      if (!ArrayIsArray(received) || received.length !== expected.length) return false;
      for (let i = 0; i < expected.length; i++) if (!matchesObject(received[i], expected[i], depth + 1)) return false;
      return true;
    }
    const plain = isObject(expected) && typeof expected !== 'function' && !(expected instanceof DateCtor) &&
      !(expected instanceof RegExpCtor) && !(expected instanceof MapCtor) && !(expected instanceof SetCtor);
    if (!plain) return equals(received, expected, false);
    if (!isObject(received)) return false;
    const ks = ObjectKeys(expected);
    for (let i = 0; i < ks.length; i++) {
      if (!(ks[i] in received) || !matchesObject(received[ks[i]], expected[ks[i]], depth + 1)) return false;
    }
    return true;
  }

  function objectEquals(a, b, strict, seenA, seenB) {
    const keysOf = (o) => {
      const ks = ObjectKeys(o);
      if (strict) return ks;
      const kept = [];
      for (let i = 0; i < ks.length; i++) if (o[ks[i]] !== undefined) push(kept, ks[i]);
      return kept;
    };
    const ka = keysOf(a);
    const kb = keysOf(b);
    if (ka.length !== kb.length) return false;
    for (let i = 0; i < ka.length; i++) {
      if (!call(HasOwn, b, ka[i]) && !(isAsymmetric(a[ka[i]]))) return false;
      if (!equals(a[ka[i]], b[ka[i]], strict, seenA, seenB)) return false;
    }
    return true;
  }

  function mapEquals(a, b, strict, seenA, seenB) {
    if (call(MapSize, a) !== call(MapSize, b)) return false;
    let ok = true;
    call(MapForEach, a, (v, k) => {
      if (ok && !(call(MapHas, b, k) && equals(v, call(MapGet, b, k), strict, seenA, seenB))) ok = false;
    });
    return ok;
  }

  function setEquals(a, b, strict, seenA, seenB) {
    if (call(SetSize, a) !== call(SetSize, b)) return false;
    let ok = true;
    call(SetForEach, a, (v) => {
      if (!ok || call(SetHas, b, v)) return;
      let found = false;
      call(SetForEach, b, (w) => { if (!found && equals(v, w, strict, seenA, seenB)) found = true; });
      if (!found) ok = false;
    });
    return ok;
  }

  // ---------------------------------------------------------------- asymmetric matchers

  const ASYMMETRIC = [];
  const isAsymmetric = (v) => {
    if (!isObject(v)) return false;
    for (let i = 0; i < ASYMMETRIC.length; i++) if (ASYMMETRIC[i] === v) return true;
    return false;
  };
  function asymmetric(description, match) {
    const m = ObjectCreate(null);
    m.asymmetricMatch = match;
    m.toString = () => description;
    push(ASYMMETRIC, m);
    return m;
  }

  // ---------------------------------------------------------------- mocks

  const MOCKS = [];
  const SPIES = [];
  const isMock = (f) => {
    for (let i = 0; i < MOCKS.length; i++) if (MOCKS[i] === f) return true;
    return false;
  };
  function mockFn(impl) {
    let implementation = impl;
    let name = 'jest.fn()';
    const once = [];
    const mock = function (...args) {
      const state = mock.mock;
      push(state.calls, args);
      push(state.contexts, this);
      state.lastCall = args;
      const result = { type: 'incomplete', value: undefined };
      push(state.results, result);
      let f = implementation;
      if (once.length) {
        f = once[0];
        for (let i = 1; i < once.length; i++) once[i - 1] = once[i];
        once.length--;
      }
      try {
        // Called with `new`, a mock constructs like the function it stands for.
        const value = typeof f !== 'function' ? undefined
          : new.target ? ReflectConstruct(f, args, new.target) : ReflectApply(f, this, args);
        if (new.target) push(state.instances, isObject(value) ? value : this);
        result.type = 'return';
        result.value = value;
        return new.target && !isObject(value) ? this : value;
      } catch (e) {
        result.type = 'throw';
        result.value = e;
        throw e;
      }
    };
    // As in Jest, a mock has its implementation's arity: code that reads `fn.length` (currying,
    // argument checks) sees the same number through the mock.
    if (typeof impl === 'function') ObjectDefineProperty(mock, 'length', { value: impl.length });
    const fresh = () => ({ calls: [], results: [], instances: [], contexts: [], lastCall: undefined });
    mock.mock = fresh();
    mock._isMockFunction = true;
    mock.getMockName = () => name;
    mock.mockName = (n) => { name = StringCtor(n); return mock; };
    mock.getMockImplementation = () => implementation;
    mock.mockReturnValue = (v) => { implementation = () => v; return mock; };
    mock.mockReturnValueOnce = (v) => { push(once, () => v); return mock; };
    mock.mockReturnThis = () => { implementation = function () { return this; }; return mock; };
    mock.mockImplementation = (f) => { implementation = f; return mock; };
    mock.mockImplementationOnce = (f) => { push(once, f); return mock; };
    mock.mockResolvedValue = (v) => { implementation = () => PromiseResolve(v); return mock; };
    mock.mockResolvedValueOnce = (v) => { push(once, () => PromiseResolve(v)); return mock; };
    mock.mockRejectedValue = (v) => { implementation = () => PromiseReject(v); return mock; };
    mock.mockRejectedValueOnce = (v) => { push(once, () => PromiseReject(v)); return mock; };
    mock.mockClear = () => { mock.mock = fresh(); return mock; };
    mock.mockReset = () => {
      mock.mockClear();
      implementation = undefined;
      once.length = 0;
      return mock;
    };
    // A plain jest.fn() has nothing to restore; spies replace this.
    mock.mockRestore = () => { mock.mockReset(); };
    push(MOCKS, mock);
    return mock;
  }
  function spyOn(object, key, accessType) {
    if (!isObject(object)) throw new TypeError('jest.spyOn: cannot spy on ' + format(object) + ': it is not an object');
    if (accessType === 'get' || accessType === 'set') {
      const descriptor = ObjectGetOwnPropertyDescriptor(object, key);
      if (!descriptor || typeof descriptor[accessType] !== 'function') throw new TypeError('jest.spyOn: ' + StringCtor(key) + ' has no ' + accessType + 'ter');
      const spy = mockFn(descriptor[accessType]);
      const replaced = {};
      replaced.get = descriptor.get;
      replaced.set = descriptor.set;
      replaced.enumerable = descriptor.enumerable;
      replaced.configurable = true;
      replaced[accessType] = spy;
      ObjectDefineProperty(object, key, replaced);
      spy.mockRestore = () => { ObjectDefineProperty(object, key, descriptor); };
      push(SPIES, spy);
      return spy;
    }
    const original = object[key];
    if (typeof original !== 'function') throw new TypeError('jest.spyOn: ' + StringCtor(key) + ' is not a function');
    if (isMock(original)) return original;
    const own = call(HasOwn, object, key);
    const callThrough = function (...args) { return new.target ? ReflectConstruct(original, args, new.target) : ReflectApply(original, this, args); };
    const spy = mockFn(callThrough);
    // Reset keeps a spy calling through, as in Jest; restore puts the original back.
    const reset = spy.mockReset;
    spy.mockReset = () => { reset(); spy.mockImplementation(callThrough); return spy; };
    spy.mockRestore = () => {
      spy.mockReset();
      if (own) object[key] = original; else delete object[key];
    };
    object[key] = spy;
    push(SPIES, spy);
    return spy;
  }
  // A stand-in for a module's exports: functions become mocks that return undefined, classes
  // mocks whose methods are mocks, objects are walked; other values are kept.
  function automock(value, seen) {
    seen = seen || [];
    if (typeof value === 'function') {
      const m = mockFn();
      const proto = value.prototype;
      if (isObject(proto)) {
        const names = ObjectGetOwnPropertyNames(proto);
        for (let i = 0; i < names.length; i++) {
          if (names[i] === 'constructor') continue;
          const d = ObjectGetOwnPropertyDescriptor(proto, names[i]);
          if (d && typeof d.value === 'function') m.prototype[names[i]] = mockFn();
        }
      }
      return m;
    }
    if (!isObject(value)) return value;
    for (let i = 0; i < seen.length; i++) if (seen[i] === value) return value;
    push(seen, value);
    const out = ArrayIsArray(value) ? [] : {};
    const keys = ObjectKeys(value);
    for (let i = 0; i < keys.length; i++) out[keys[i]] = automock(value[keys[i]], seen);
    return out;
  }

  // jest.mock('./module', factory?): the host takes these calls out of the test file and runs
  // them before any import, as Jest hoists them; it then asks for each module's stand-in.
  const moduleMocks = ObjectCreate(null);
  const actualModules = ObjectCreate(null);
  function jestMock(specifier, factory) {
    const name = canonicalName(StringCtor(specifier));
    if (call(RegExpTest, NODE_BUILTINS_RE, name)) throw new ErrorCtor(nodeBuiltinMessage(name));
    moduleMocks[name] = { factory: typeof factory === 'function' ? factory : undefined };
    return jestApi;
  }
  const mockedModuleNames = () => ObjectKeys(moduleMocks);
  const mockNeedsActual = (name) => moduleMocks[name].factory === undefined;
  function setActualModule(name, exports) { actualModules[name] = exports; }
  function mockedModule(name) {
    const entry = moduleMocks[name];
    return entry.factory !== undefined ? entry.factory() : automock(actualModules[name]);
  }
  function requireActual(specifier) {
    const name = canonicalName(StringCtor(specifier));
    if (actualModules[name] !== undefined) return actualModules[name];
    return requireModule(specifier);
  }
  const jestApi = {
    fn: mockFn,
    spyOn,
    isMockFunction: (f) => isMock(f),
    mock: jestMock,
    doMock: jestMock,
    requireActual,
    resetAllMocks() { for (let i = 0; i < MOCKS.length; i++) MOCKS[i].mockReset(); return jestApi; },
    clearAllMocks() { for (let i = 0; i < MOCKS.length; i++) MOCKS[i].mockClear(); return jestApi; },
    restoreAllMocks() { for (let i = 0; i < SPIES.length; i++) SPIES[i].mockRestore(); return jestApi; },
  };

  // ---------------------------------------------------------------- expect

  // Thrown by matchers; recognised by identity, so learner code cannot forge a failure or a pass.
  const FAILURES = [];
  function fail(message, expected, received, diff) {
    const f = ObjectCreate(null);
    f.message = message;
    f.expected = expected;
    f.received = received;
    f.diff = diff;
    push(FAILURES, f);
    throw f;
  }
  const isFailure = (v) => {
    if (!isObject(v)) return false;
    for (let i = 0; i < FAILURES.length; i++) if (FAILURES[i] === v) return true;
    return false;
  };

  function thrownBy(fn) {
    if (typeof fn !== 'function') {
      fail('toThrow needs a function to call, like expect(() => f()).toThrow()', undefined, format(fn));
    }
    try {
      fn();
    } catch (e) {
      return { threw: true, error: e };
    }
    return { threw: false };
  }

  function errorMessageOf(e) {
    try {
      return isObject(e) && typeof e.message === 'string' ? e.message : StringCtor(e);
    } catch (_) {
      return '';
    }
  }

  function makeMatchers(received, negated) {
    const not = negated ? 'not.' : '';
    // Each check returns whether the assertion holds (before negation) and how to explain it.
    function assert(name, pass, expectedText, receivedText, describe, diffOfValues) {
      if (pass !== negated) return;
      const what = describe || ('expect(received).' + not + name + '(expected)');
      const diff = !negated && diffOfValues ? diffOf(diffOfValues[0], diffOfValues[1]) : undefined;
      fail(what, expectedText === undefined ? undefined : (negated ? 'not ' : '') + expectedText, receivedText, diff);
    }
    const needMock = (name) => {
      if (!isMock(received)) fail('expect(received).' + not + name + '(): received value must be a mock function made with jest.fn()', undefined, format(received));
    };
    const mockCalls = (name) => { needMock(name); return received.mock.calls; };
    const mockResults = (name) => { needMock(name); return received.mock.results; };
    const numeric = (name, expected, op) => {
      if (typeof received !== 'number' && typeof received !== 'bigint') {
        fail('expect(received).' + not + name + '(expected): received value must be a number', format(expected), format(received));
      }
      assert(name, op(received, expected), op.symbol + ' ' + format(expected), format(received));
    };
    const gt = (a, b) => a > b; gt.symbol = '>';
    const ge = (a, b) => a >= b; ge.symbol = '>=';
    const lt = (a, b) => a < b; lt.symbol = '<';
    const le = (a, b) => a <= b; le.symbol = '<=';
    const m = {
      toBe(expected) {
        const pass = ObjectIs(received, expected);
        let hint;
        if (!pass && !negated && equals(received, expected, true)) {
          hint = 'expect(received).toBe(expected): the values have the same contents but are not the same object; use toEqual to compare contents';
        }
        assert('toBe', pass, format(expected), format(received), hint, [expected, received]);
      },
      toEqual(expected) {
        assert('toEqual', equals(received, expected, false), format(expected), format(received), undefined, [expected, received]);
      },
      toStrictEqual(expected) {
        assert('toStrictEqual', equals(received, expected, true), format(expected), format(received), undefined, [expected, received]);
      },
      toBeCloseTo(expected, digits) {
        if (digits === undefined) digits = 2;
        const pass = (received === Infinity && expected === Infinity) || (received === -Infinity && expected === -Infinity) ||
          MathAbs(expected - received) < MathPow(10, -digits) / 2;
        assert('toBeCloseTo', pass, format(expected) + ' (within ' + digits + ' decimal places)', format(received));
      },
      toBeTruthy() { assert('toBeTruthy', !!received, 'a truthy value', format(received)); },
      toBeFalsy() { assert('toBeFalsy', !received, 'a falsy value', format(received)); },
      toBeNull() { assert('toBeNull', received === null, 'null', format(received)); },
      toBeUndefined() { assert('toBeUndefined', received === undefined, 'undefined', format(received)); },
      toBeDefined() { assert('toBeDefined', received !== undefined, 'a defined value', format(received)); },
      toBeNaN() { assert('toBeNaN', NumberIsNaN(received), 'NaN', format(received)); },
      toBeInstanceOf(ctor) {
        const pass = typeof ctor === 'function' && received instanceof ctor;
        assert('toBeInstanceOf', pass, 'an instance of ' + (ctor && ctor.name), isObject(received) ? 'an instance of ' + constructorName(received) : format(received));
      },
      toBeGreaterThan(n) { numeric('toBeGreaterThan', n, gt); },
      toBeGreaterThanOrEqual(n) { numeric('toBeGreaterThanOrEqual', n, ge); },
      toBeLessThan(n) { numeric('toBeLessThan', n, lt); },
      toBeLessThanOrEqual(n) { numeric('toBeLessThanOrEqual', n, le); },
      toContain(item) {
        let pass = false;
        if (typeof received === 'string') pass = call(StringIncludes, received, StringCtor(item));
        else if (ArrayIsArray(received)) { for (let i = 0; i < received.length && !pass; i++) pass = ObjectIs(received[i], item) || received[i] === item; }
        else if (received instanceof SetCtor) pass = call(SetHas, received, item);
        else fail('expect(received).' + not + 'toContain(expected): received value must be a string or an array', format(item), format(received));
        assert('toContain', pass, 'to contain ' + format(item), format(received));
      },
      toContainEqual(item) {
        let pass = false;
        if (ArrayIsArray(received)) { for (let i = 0; i < received.length && !pass; i++) pass = equals(received[i], item, false); }
        assert('toContainEqual', pass, 'to contain ' + format(item), format(received));
      },
      toMatchObject(expected) {
        if (!isObject(received) || !isObject(expected)) fail('expect(received).' + not + 'toMatchObject(expected): received and expected values must be objects', format(expected), format(received));
        assert('toMatchObject', matchesObject(received, expected, 0), format(expected), format(received), undefined, [expected, received]);
      },
      toHaveLength(n) {
        const len = isObject(received) || typeof received === 'string' ? received.length : undefined;
        if (typeof len !== 'number') fail('expect(received).' + not + 'toHaveLength(expected): received value must have a length', 'length ' + format(n), format(received));
        assert('toHaveLength', len === n, 'length ' + format(n), 'length ' + format(len) + ' in ' + format(received));
      },
      toMatch(pattern) {
        if (typeof received !== 'string') fail('expect(received).' + not + 'toMatch(expected): received value must be a string', format(pattern), format(received));
        const pass = typeof pattern === 'string' ? call(StringIncludes, received, pattern) : call(RegExpTest, pattern, received);
        assert('toMatch', pass, typeof pattern === 'string' ? 'to contain ' + format(pattern) : 'to match ' + call(RegExpToString, pattern), format(received));
      },
      toThrow(expected) {
        const r = thrownBy(received);
        if (!r.threw) {
          assert('toThrow', false, expected === undefined ? 'a thrown error' : 'to throw ' + format(expected), 'the function did not throw');
          return;
        }
        const msg = errorMessageOf(r.error);
        let pass = true;
        let expectedText = 'a thrown error';
        if (isAsymmetric(expected)) { pass = expected.asymmetricMatch(r.error); expectedText = 'a thrown value matching ' + format(expected); }
        else if (typeof expected === 'string') { pass = call(StringIncludes, msg, expected); expectedText = 'an error message containing ' + format(expected); }
        else if (expected instanceof RegExpCtor) { pass = call(RegExpTest, expected, msg); expectedText = 'an error message matching ' + call(RegExpToString, expected); }
        else if (typeof expected === 'function') { pass = r.error instanceof expected; expectedText = 'an instance of ' + expected.name; }
        else if (isObject(expected)) { pass = msg === errorMessageOf(expected); expectedText = 'an error message ' + format(errorMessageOf(expected)); }
        assert('toThrow', pass, expectedText, 'thrown: ' + format(r.error));
      },
      toHaveBeenCalled() {
        if (!isMock(received)) fail('expect(received).' + not + 'toHaveBeenCalled(): received value must be a mock function made with jest.fn()', undefined, format(received));
        const n = received.mock.calls.length;
        assert('toHaveBeenCalled', n > 0, 'at least one call', n + ' calls');
      },
      toHaveBeenCalledTimes(times) {
        if (!isMock(received)) fail('expect(received).' + not + 'toHaveBeenCalledTimes(): received value must be a mock function made with jest.fn()', undefined, format(received));
        const n = received.mock.calls.length;
        assert('toHaveBeenCalledTimes', n === times, times + ' calls', n + ' calls');
      },
      toHaveBeenCalledWith(...args) {
        if (!isMock(received)) fail('expect(received).' + not + 'toHaveBeenCalledWith(): received value must be a mock function made with jest.fn()', undefined, format(received));
        const calls = received.mock.calls;
        let pass = false;
        for (let i = 0; i < calls.length && !pass; i++) pass = equals(calls[i], args, false);
        let seen = '';
        for (let i = 0; i < calls.length; i++) seen += (i ? ', ' : '') + format(calls[i]);
        assert('toHaveBeenCalledWith', pass, 'a call with ' + format(args), calls.length ? 'calls: ' + seen : 'no calls');
      },
      toHaveBeenLastCalledWith(...args) {
        const calls = mockCalls('toHaveBeenLastCalledWith');
        const last = calls.length ? calls[calls.length - 1] : undefined;
        assert('toHaveBeenLastCalledWith', last !== undefined && equals(last, args, false), 'last call with ' + format(args), last === undefined ? 'no calls' : 'last call: ' + format(last));
      },
      toHaveBeenNthCalledWith(n, ...args) {
        const calls = mockCalls('toHaveBeenNthCalledWith');
        const nth = calls[n - 1];
        assert('toHaveBeenNthCalledWith', nth !== undefined && equals(nth, args, false), 'call ' + n + ' with ' + format(args), nth === undefined ? calls.length + ' calls' : 'call ' + n + ': ' + format(nth));
      },
      toHaveReturned() {
        const results = mockResults('toHaveReturned');
        let n = 0;
        for (let i = 0; i < results.length; i++) if (results[i].type === 'return') n++;
        assert('toHaveReturned', n > 0, 'at least one return', n + ' returns');
      },
      toHaveReturnedTimes(times) {
        const results = mockResults('toHaveReturnedTimes');
        let n = 0;
        for (let i = 0; i < results.length; i++) if (results[i].type === 'return') n++;
        assert('toHaveReturnedTimes', n === times, times + ' returns', n + ' returns');
      },
      toHaveReturnedWith(value) {
        const results = mockResults('toHaveReturnedWith');
        let pass = false;
        for (let i = 0; i < results.length && !pass; i++) pass = results[i].type === 'return' && equals(results[i].value, value, false);
        assert('toHaveReturnedWith', pass, 'a return of ' + format(value), results.length + ' results');
      },
      toHaveLastReturnedWith(value) {
        const results = mockResults('toHaveLastReturnedWith');
        const last = results[results.length - 1];
        assert('toHaveLastReturnedWith', last !== undefined && last.type === 'return' && equals(last.value, value, false), 'last return of ' + format(value), last === undefined ? 'no calls' : 'last: ' + format(last.value));
      },
      toHaveProperty(path, value) {
        const parts = typeof path === 'string' ? call(StringSplit, path, '.') : path;
        let cur = received;
        let found = true;
        for (let i = 0; i < parts.length; i++) {
          if (!isObject(cur) && typeof cur !== 'string') { found = false; break; }
          if (!(isObject(cur) ? parts[i] in cur : call(HasOwn, cur, parts[i]))) { found = false; break; }
          cur = cur[parts[i]];
        }
        const pass = found && (arguments.length < 2 || equals(cur, value, false));
        assert('toHaveProperty', pass, 'property ' + format(path) + (arguments.length < 2 ? '' : ' = ' + format(value)), format(received));
      },
    };
    const extended = ObjectKeys(EXTENDED);
    for (let i = 0; i < extended.length; i++) m[extended[i]] = extendedMatcher(extended[i], received, negated);
    return m;
  }

  // Matchers added with `expect.extend`, called as Jest calls them: `this` carries `isNot`,
  // `equals` and `utils`, and the result is `{ pass, message }`.
  const EXTENDED = ObjectCreate(null);
  const matcherUtils = {
    printReceived: (v) => format(v),
    printExpected: (v) => format(v),
    stringify: (v) => format(v),
    matcherHint: (name) => 'expect(received).' + name + '(expected)',
  };
  function extendedMatcher(name, received, negated) {
    return (...args) => {
      const self = { isNot: negated, promise: '', equals: (a, b) => equals(a, b, false), utils: matcherUtils };
      const result = ReflectApply(EXTENDED[name], self, [received, ...args]);
      const check = (r) => {
        if (!isObject(r) || typeof r.pass !== 'boolean') {
          fail('expect.extend: the matcher "' + name + '" must return an object like { pass: boolean, message: () => string }', undefined, format(r));
        }
        if (r.pass === negated) {
          let message;
          try { message = typeof r.message === 'function' ? r.message() : StringCtor(r.message); } catch (_) { message = 'the matcher failed'; }
          fail((negated ? 'expect(received).not.' : 'expect(received).') + name + '(): ' + message);
        }
      };
      if (isObject(result) && typeof result.then === 'function') return call(PromiseThen, PromiseResolve(result), check);
      check(result);
      return undefined;
    };
  }

  // `.resolves` / `.rejects`: the same matchers, applied once the promise settles.
  function settled(received, wantResolve, negated) {
    const out = {};
    const names = matcherNames();
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      out[name] = (...args) => {
        const which = wantResolve ? 'resolves' : 'rejects';
        // Like Jest: a function is called for its promise; anything else that is not a promise
        // fails, rather than passing as if it had resolved.
        const subject = typeof received === 'function' ? received() : received;
        const thenable = subject !== null && (typeof subject === 'object' || typeof subject === 'function') &&
          typeof subject.then === 'function';
        if (!thenable) {
          return call(PromiseThen, PromiseResolve(undefined), () => fail('expect(received).' + which + '.' + name +
            '(): received value must be a promise or a function returning a promise', 'a promise', format(subject)));
        }
        return call(PromiseThen, PromiseResolve(subject),
          (value) => {
            if (!wantResolve) fail('expect(received).rejects.' + name + '(): the promise resolved instead of rejecting', 'a rejected promise', 'resolved with ' + format(value));
            return ReflectApply(makeMatchers(value, negated)[name], undefined, args);
          },
          (reason) => {
            if (wantResolve) fail('expect(received).resolves.' + name + '(): the promise rejected instead of resolving', 'a resolved promise', 'rejected with ' + format(reason));
            // Like Jest, `.rejects.toThrow` checks the rejection reason as if it were thrown.
            const checked = name === 'toThrow' ? () => { throw reason; } : reason;
            return ReflectApply(makeMatchers(checked, negated)[name], undefined, args);
          });
      };
    }
    return out;
  }

  const MATCHER_NAMES = ObjectKeys(makeMatchers(undefined, false));
  const matcherNames = () => {
    const names = MATCHER_NAMES.slice();
    const extended = ObjectKeys(EXTENDED);
    for (let i = 0; i < extended.length; i++) if (names.indexOf(extended[i]) < 0) push(names, extended[i]);
    return names;
  };

  // `.not`, `.resolves` and `.rejects` are built on first use: most checks never touch them, and
  // building every variant for every `expect` made allocation (and so garbage collection) most
  // of a test's cost.
  function lazily(object, name, build) {
    let value;
    ObjectDefineProperty(object, name, {
      get: () => value === undefined ? (value = build()) : value,
      enumerable: true,
      configurable: false,
    });
  }

  function expect(received) {
    const m = makeMatchers(received, false);
    lazily(m, 'not', () => makeMatchers(received, true));
    lazily(m, 'resolves', () => {
      const r = settled(received, true, false);
      lazily(r, 'not', () => settled(received, true, true));
      return r;
    });
    lazily(m, 'rejects', () => {
      const r = settled(received, false, false);
      lazily(r, 'not', () => settled(received, false, true));
      return r;
    });
    return m;
  }
  expect.extend = (matchers) => {
    if (!isObject(matchers)) throw new TypeError('expect.extend needs an object of matcher functions');
    const ks = ObjectKeys(matchers);
    for (let i = 0; i < ks.length; i++) {
      if (typeof matchers[ks[i]] !== 'function') throw new TypeError('expect.extend: "' + ks[i] + '" is not a function');
      EXTENDED[ks[i]] = matchers[ks[i]];
    }
  };
  expect.anything = () => asymmetric('Anything', (v) => v !== null && v !== undefined);
  expect.any = (ctor) => asymmetric('Any<' + (ctor && ctor.name) + '>', (v) => {
    if (ctor === StringCtor) return typeof v === 'string' || v instanceof StringCtor;
    if (ctor === Number) return typeof v === 'number' || v instanceof Number;
    if (ctor === Boolean) return typeof v === 'boolean' || v instanceof Boolean;
    if (ctor === Function) return typeof v === 'function';
    return v instanceof ctor;
  });
  expect.stringContaining = (s) => asymmetric('StringContaining ' + quote(s), (v) => typeof v === 'string' && call(StringIncludes, v, s));
  expect.stringMatching = (re) => asymmetric('StringMatching ' + StringCtor(re), (v) => typeof v === 'string' && (typeof re === 'string' ? call(StringIncludes, v, re) : call(RegExpTest, re, v)));
  expect.objectContaining = (obj) => asymmetric('ObjectContaining ' + format(obj), (v) => {
    if (!isObject(v)) return false;
    const ks = ObjectKeys(obj);
    for (let i = 0; i < ks.length; i++) if (!(ks[i] in v) || !equals(obj[ks[i]], v[ks[i]], false)) return false;
    return true;
  });
  expect.arrayContaining = (arr) => asymmetric('ArrayContaining ' + format(arr), (v) => {
    if (!ArrayIsArray(v)) return false;
    for (let i = 0; i < arr.length; i++) {
      let found = false;
      for (let j = 0; j < v.length && !found; j++) found = equals(arr[i], v[j], false);
      if (!found) return false;
    }
    return true;
  });

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

  // ---------------------------------------------------------------- assert

  // Node's `assert` and the chai-style `assert.isArray(...)` family that assert-style hints use.
  // Failures go through `fail`, so they are reported with expected and received like `expect`.
  function assertMessage(message, fallback) {
    return message === undefined ? fallback : (message instanceof ErrorCtor ? errorMessageOf(message) : StringCtor(message));
  }
  function check(pass, message, fallback, expected, received, values) {
    if (!pass) fail(assertMessage(message, fallback), expected, received, values ? diffOf(values[0], values[1]) : undefined);
  }
  const typeName = (v) => v === null ? 'null' : ArrayIsArray(v) ? 'array' : typeof v;
  function lengthOfValue(v) {
    if (v instanceof MapCtor) return call(MapSize, v);
    if (v instanceof SetCtor) return call(SetSize, v);
    return isObject(v) || typeof v === 'string' ? v.length : undefined;
  }
  function includes(haystack, needle) {
    if (typeof haystack === 'string') return call(StringIncludes, haystack, StringCtor(needle));
    if (ArrayIsArray(haystack)) { for (let i = 0; i < haystack.length; i++) if (ObjectIs(haystack[i], needle) || haystack[i] === needle) return true; return false; }
    if (haystack instanceof SetCtor) return call(SetHas, haystack, needle);
    if (isObject(haystack) && isObject(needle)) {
      const ks = ObjectKeys(needle);
      for (let i = 0; i < ks.length; i++) if (!equals(haystack[ks[i]], needle[ks[i]], true)) return false;
      return true;
    }
    return false;
  }
  function throwsMatch(error, expected) {
    if (expected === undefined) return true;
    if (expected instanceof RegExpCtor) return call(RegExpTest, expected, errorMessageOf(error)) || call(RegExpTest, expected, StringCtor(error));
    if (typeof expected === 'function') {
      if (expected.prototype !== undefined && error instanceof expected) return true;
      if (ErrorCtor.prototype === expected.prototype || (expected.prototype instanceof ErrorCtor)) return false;
      return expected(error) === true;
    }
    if (isObject(expected)) {
      const ks = ObjectKeys(expected);
      for (let i = 0; i < ks.length; i++) {
        const want = expected[ks[i]];
        const got = isObject(error) ? error[ks[i]] : undefined;
        if (want instanceof RegExpCtor && typeof got === 'string' ? !call(RegExpTest, want, got) : !equals(got, want, true)) return false;
      }
      return true;
    }
    return false;
  }
  function describeExpected(expected) {
    if (expected === undefined) return 'a thrown error';
    if (typeof expected === 'function' && expected.name) return 'an error of type ' + expected.name;
    return 'an error matching ' + format(expected);
  }
  function assertFn(value, message) { check(value, message, 'expected a truthy value', 'truthy', format(value)); }
  const assertApi = {
    ok: assertFn,
    equal: (a, b, m) => check(a == b || (NumberIsNaN(a) && NumberIsNaN(b)), m, 'expected the values to be equal (==)', format(b), format(a)),
    notEqual: (a, b, m) => check(a != b, m, 'expected the values to differ (!=)', 'not ' + format(b), format(a)),
    strictEqual: (a, b, m) => check(ObjectIs(a, b), m, 'expected the values to be strictly equal (===)', format(b), format(a)),
    notStrictEqual: (a, b, m) => check(!ObjectIs(a, b), m, 'expected the values to differ (!==)', 'not ' + format(b), format(a)),
    deepEqual: (a, b, m) => check(equals(a, b, false), m, 'expected the values to be deeply equal', format(b), format(a), [b, a]),
    notDeepEqual: (a, b, m) => check(!equals(a, b, false), m, 'expected the values not to be deeply equal', 'not ' + format(b), format(a)),
    deepStrictEqual: (a, b, m) => check(equals(a, b, true), m, 'expected the values to be deeply and strictly equal', format(b), format(a), [b, a]),
    notDeepStrictEqual: (a, b, m) => check(!equals(a, b, true), m, 'expected the values not to be deeply and strictly equal', 'not ' + format(b), format(a)),
    throws(fn, expected, m) {
      if (typeof expected === 'string' && m === undefined) { m = expected; expected = undefined; }
      const r = thrownBy(fn);
      check(r.threw, m, 'expected the function to throw', describeExpected(expected), 'it did not throw');
      check(throwsMatch(r.error, expected), m, 'the function threw a different error', describeExpected(expected), 'thrown: ' + format(r.error));
    },
    doesNotThrow(fn, m) {
      const r = thrownBy(fn);
      check(!r.threw, m, 'expected the function not to throw', 'no error', r.threw ? 'thrown: ' + format(r.error) : undefined);
    },
    rejects(subject, expected, m) {
      if (typeof expected === 'string' && m === undefined) { m = expected; expected = undefined; }
      const promise = typeof subject === 'function' ? subject() : subject;
      return call(PromiseThen, PromiseResolve(promise),
        (value) => fail(assertMessage(m, 'expected the promise to reject'), describeExpected(expected), 'resolved with ' + format(value)),
        (reason) => check(throwsMatch(reason, expected), m, 'the promise rejected with a different error', describeExpected(expected), 'rejected with ' + format(reason)));
    },
    doesNotReject(subject, m) {
      const promise = typeof subject === 'function' ? subject() : subject;
      return call(PromiseThen, PromiseResolve(promise), () => undefined,
        (reason) => fail(assertMessage(m, 'expected the promise not to reject'), 'a resolved promise', 'rejected with ' + format(reason)));
    },
    match: (s, re, m) => check(typeof s === 'string' && call(RegExpTest, re, s), m, 'expected the text to match ' + call(RegExpToString, re), call(RegExpToString, re), format(s)),
    doesNotMatch: (s, re, m) => check(typeof s === 'string' && !call(RegExpTest, re, s), m, 'expected the text not to match ' + call(RegExpToString, re), 'no match for ' + call(RegExpToString, re), format(s)),
    fail: (m) => fail(assertMessage(m, 'failed'), undefined, undefined),
    // chai's assert interface
    isTrue: (v, m) => check(v === true, m, 'expected true', 'true', format(v)),
    isFalse: (v, m) => check(v === false, m, 'expected false', 'false', format(v)),
    isOk: (v, m) => check(!!v, m, 'expected a truthy value', 'truthy', format(v)),
    isNotOk: (v, m) => check(!v, m, 'expected a falsy value', 'falsy', format(v)),
    isNull: (v, m) => check(v === null, m, 'expected null', 'null', format(v)),
    isNotNull: (v, m) => check(v !== null, m, 'expected a value other than null', 'not null', format(v)),
    isUndefined: (v, m) => check(v === undefined, m, 'expected undefined', 'undefined', format(v)),
    isDefined: (v, m) => check(v !== undefined, m, 'expected a defined value', 'defined', format(v)),
    exists: (v, m) => check(v !== null && v !== undefined, m, 'expected a value (not null or undefined)', 'a value', format(v)),
    notExists: (v, m) => check(v === null || v === undefined, m, 'expected null or undefined', 'null or undefined', format(v)),
    isNaN: (v, m) => check(NumberIsNaN(v), m, 'expected NaN', 'NaN', format(v)),
    isNotNaN: (v, m) => check(!NumberIsNaN(v), m, 'expected a value other than NaN', 'not NaN', format(v)),
    isArray: (v, m) => check(ArrayIsArray(v), m, 'expected an array', 'an array', format(v)),
    isNotArray: (v, m) => check(!ArrayIsArray(v), m, 'expected something other than an array', 'not an array', format(v)),
    isString: (v, m) => check(typeof v === 'string', m, 'expected a string', 'a string', format(v)),
    isNotString: (v, m) => check(typeof v !== 'string', m, 'expected something other than a string', 'not a string', format(v)),
    isNumber: (v, m) => check(typeof v === 'number', m, 'expected a number', 'a number', format(v)),
    isNotNumber: (v, m) => check(typeof v !== 'number', m, 'expected something other than a number', 'not a number', format(v)),
    isBoolean: (v, m) => check(typeof v === 'boolean', m, 'expected a boolean', 'a boolean', format(v)),
    isFunction: (v, m) => check(typeof v === 'function', m, 'expected a function', 'a function', format(v)),
    isNotFunction: (v, m) => check(typeof v !== 'function', m, 'expected something other than a function', 'not a function', format(v)),
    isObject: (v, m) => check(v !== null && typeof v === 'object', m, 'expected an object', 'an object', format(v)),
    typeOf: (v, t, m) => check(typeName(v) === t, m, 'expected a value of type ' + t, t, typeName(v) + ' ' + format(v)),
    instanceOf: (v, C, m) => check(v instanceof C, m, 'expected an instance of ' + (C && C.name), 'an instance of ' + (C && C.name), format(v)),
    lengthOf: (v, n, m) => check(lengthOfValue(v) === n, m, 'expected a length of ' + n, 'length ' + n, 'length ' + format(lengthOfValue(v)) + ' in ' + format(v)),
    isEmpty: (v, m) => check(lengthOfValue(v) === 0 || (isObject(v) && lengthOfValue(v) === undefined && ObjectKeys(v).length === 0), m, 'expected it to be empty', 'empty', format(v)),
    isNotEmpty: (v, m) => check(!(lengthOfValue(v) === 0 || (isObject(v) && lengthOfValue(v) === undefined && ObjectKeys(v).length === 0)), m, 'expected it not to be empty', 'not empty', format(v)),
    include: (h, n, m) => check(includes(h, n), m, 'expected ' + format(h) + ' to include ' + format(n), 'to include ' + format(n), format(h)),
    notInclude: (h, n, m) => check(!includes(h, n), m, 'expected ' + format(h) + ' not to include ' + format(n), 'not to include ' + format(n), format(h)),
    property: (o, k, m) => check(isObject(o) && k in o, m, 'expected a property ' + format(k), 'property ' + format(k), format(o)),
    notProperty: (o, k, m) => check(!(isObject(o) && k in o), m, 'expected no property ' + format(k), 'no property ' + format(k), format(o)),
    propertyVal: (o, k, v, m) => check(isObject(o) && k in o && ObjectIs(o[k], v), m, 'expected property ' + format(k) + ' to be ' + format(v), format(v), isObject(o) ? format(o[k]) : format(o)),
    isAbove: (a, b, m) => check(a > b, m, 'expected ' + format(a) + ' to be above ' + format(b), '> ' + format(b), format(a)),
    isAtLeast: (a, b, m) => check(a >= b, m, 'expected ' + format(a) + ' to be at least ' + format(b), '>= ' + format(b), format(a)),
    isBelow: (a, b, m) => check(a < b, m, 'expected ' + format(a) + ' to be below ' + format(b), '< ' + format(b), format(a)),
    isAtMost: (a, b, m) => check(a <= b, m, 'expected ' + format(a) + ' to be at most ' + format(b), '<= ' + format(b), format(a)),
    approximately: (a, b, d, m) => check(MathAbs(a - b) <= d, m, 'expected ' + format(a) + ' to be within ' + format(d) + ' of ' + format(b), format(b) + ' ± ' + format(d), format(a)),
    sameMembers(a, b, m) {
      let same = ArrayIsArray(a) && ArrayIsArray(b) && a.length === b.length;
      for (let i = 0; same && i < b.length; i++) same = includes(a, b[i]) && includes(b, a[i]);
      check(same, m, 'expected the same members', format(b), format(a));
    },
    sameDeepMembers(a, b, m) {
      let same = ArrayIsArray(a) && ArrayIsArray(b) && a.length === b.length;
      const used = [];
      for (let i = 0; same && i < b.length; i++) {
        let found = false;
        for (let j = 0; j < a.length && !found; j++) if (!used[j] && equals(a[j], b[i], true)) { used[j] = true; found = true; }
        same = found;
      }
      check(same, m, 'expected the same members', format(b), format(a));
    },
    isFrozen: (o, m) => check(ObjectIsFrozen(o), m, 'expected a frozen object', 'frozen', format(o)),
  };
  const assertObject = assertFn;
  {
    const ks = ObjectKeys(assertApi);
    for (let i = 0; i < ks.length; i++) assertObject[ks[i]] = assertApi[ks[i]];
    assertObject.strict = assertObject;
    ObjectFreeze(assertObject);
  }

  // ---------------------------------------------------------------- CommonJS

  // Local files that use `module.exports` run as CommonJS: each once, on first `require`, with
  // its own `module`, `exports` and `require`, as Node does.
  const commonJs = ObjectCreate(null);
  function canonicalName(specifier) {
    let s = StringCtor(specifier);
    if (slice(s, 0, 2) === './') s = slice(s, 2);
    if (slice(s, s.length - 3) === '.js') s = slice(s, 0, s.length - 3);
    return s;
  }
  function defineCommonJs(name, source) {
    commonJs[name] = { source, module: undefined };
  }
  // Node's own modules, which exist only under Node (the same list as loader.rs, for `import`).
  const NODE_BUILTINS_RE = /^(node:.+|fs|fs\/promises|path|os|child_process|worker_threads|cluster|http|https|http2|net|tls|dgram|dns|crypto|stream|stream\/promises|util|events|readline|process|zlib|buffer|vm|v8|perf_hooks|url|querystring|string_decoder|timers|timers\/promises|tty|module|inspector|async_hooks|diagnostics_channel)$/;
  const nodeBuiltinMessage = (name) => "Cannot load '" + name + "': it is one of Node.js's own modules, and this exercise needs Node.js to run. Puente runs your code the way a browser does, where Node's modules do not exist.";
  function requireModule(specifier) {
    const name = canonicalName(specifier);
    if (name === 'assert' || name === 'node:assert' || name === 'assert/strict' || name === 'node:assert/strict') return assertObject;
    if (name === '@jest/globals') return api;
    const entry = commonJs[name];
    if (entry === undefined) {
      if (call(RegExpTest, NODE_BUILTINS_RE, name)) throw new ErrorCtor(nodeBuiltinMessage(name));
      throw new ErrorCtor("Cannot find module '" + StringCtor(specifier) + "': require() loads the exercise's CommonJS files (those using module.exports); load ES modules with import");
    }
    if (entry.module !== undefined) return entry.module.exports;
    const module = { exports: {}, id: name, loaded: false };
    entry.module = module;
    const body = FunctionCtor('exports', 'require', 'module', '__filename', '__dirname', entry.source);
    ReflectApply(body, module.exports, [module.exports, requireModule, module, name + '.js', '.']);
    module.loaded = true;
    return module.exports;
  }

  // ---------------------------------------------------------------- console

  let output = [];
  const MAX_OUTPUT_CHARS = 20000;
  let outputChars = 0;
  let outputCut = false;
  let groupDepth = 0;
  function logger(level) {
    return function (...args) {
      if (outputCut) return;
      let text = formatConsoleArgs(args);
      for (let i = 0; i < groupDepth; i++) text = '  ' + text;
      if (outputChars + text.length > MAX_OUTPUT_CHARS) {
        text = slice(text, 0, MAX_OUTPUT_CHARS - outputChars) + '… (output cut: too much printed)';
        outputCut = true;
      }
      outputChars += text.length;
      push(output, { level, text });
    };
  }
  // Labels of console.count and console.time; no prototype, so learner code cannot reach in.
  const counts = ObjectCreate(null);
  const startedAt = ObjectCreate(null);
  const log = logger('log');
  const console = {
    log, info: logger('info'), warn: logger('warn'), error: logger('error'), debug: log,
    // The rest of a browser console's everyday methods, so code written for one runs here.
    dir: log, trace: log, table: log,
    clear() {
      output = [];
      outputChars = 0;
      push(output, { level: 'info', text: 'Console was cleared' });
    },
    group(...label) {
      if (label.length) log(...label);
      groupDepth++;
    },
    groupCollapsed(...label) {
      if (label.length) log(...label);
      groupDepth++;
    },
    groupEnd() { if (groupDepth > 0) groupDepth--; },
    count(label = 'default') {
      const key = StringCtor(label);
      counts[key] = (counts[key] || 0) + 1;
      log(key + ': ' + counts[key]);
    },
    countReset(label = 'default') { delete counts[StringCtor(label)]; },
    assert(condition, ...args) {
      if (!condition) logger('error')('Assertion failed' + (args.length ? ':' : ''), ...args);
    },
    // Times are on the virtual clock that timers use.
    time(label = 'default') { startedAt[StringCtor(label)] = now; },
    timeLog(label = 'default', ...args) {
      const key = StringCtor(label);
      if (key in startedAt) log(key + ': ' + (now - startedAt[key]) + ' ms', ...args);
    },
    timeEnd(label = 'default') {
      const key = StringCtor(label);
      if (key in startedAt) log(key + ': ' + (now - startedAt[key]) + ' ms');
      delete startedAt[key];
    },
  };

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

  // ---------------------------------------------------------------- errors

  const LOCATION = /solution(?:\.js)?:(\d+):(\d+)/;
  function describeError(e) {
    const d = { name: 'Error', message: '', line: null, column: null };
    try {
      if (isObject(e) && e instanceof ErrorCtor) {
        d.name = StringCtor(e.name);
        d.message = StringCtor(e.message);
        const stack = e.stack;
        if (typeof stack === 'string') {
          const m = call(RegExpExec, LOCATION, stack);
          if (m) { d.line = +m[1]; d.column = +m[2]; }
        }
      } else {
        d.name = 'Thrown value';
        d.message = format(e);
      }
    } catch (_) {
      d.message = 'an error that could not be read';
    }
    return d;
  }

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

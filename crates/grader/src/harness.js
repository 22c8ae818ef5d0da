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
  const ObjectPrototypeToString = Object.prototype.toString;
  const HasOwn = Object.prototype.hasOwnProperty;
  const ArrayIsArray = Array.isArray;
  const ReflectApply = Reflect.apply;
  const StringCtor = String;
  const NumberIsNaN = Number.isNaN;
  const MathAbs = Math.abs;
  const MathPow = Math.pow;
  const MathMax = Math.max;
  const StringCharCodeAt = String.prototype.charCodeAt;
  const StringSlice = String.prototype.slice;
  const StringSplit = String.prototype.split;
  const FunctionToString = Function.prototype.toString;
  const PromiseResolve = Promise.resolve.bind(Promise);
  const PromiseThen = Promise.prototype.then;
  const StringIncludes = String.prototype.includes;
  const StringPadStart = String.prototype.padStart;
  const NumberToString = Number.prototype.toString;
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

  const call = (fn, self, ...args) => ReflectApply(fn, self, args);
  const push = (arr, v) => { arr[arr.length] = v; };
  const slice = (s, a, b) => call(StringSlice, s, a, b);
  const isObject = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');
  const tag = (v) => call(ObjectPrototypeToString, v);

  // ---------------------------------------------------------------- formatting values

  const MAX_FORMAT = 2000;

  function quote(s) {
    let out = '"';
    for (let i = 0; i < s.length; i++) {
      const c = call(StringCharCodeAt, s, i);
      if (c === 34) out += '\\"';
      else if (c === 92) out += '\\\\';
      else if (c === 10) out += '\\n';
      else if (c === 13) out += '\\r';
      else if (c === 9) out += '\\t';
      else if (c < 32) out += '\\u' + call(StringPadStart, call(NumberToString, c, 16), 4, '0');
      else out += s[i];
      if (out.length > MAX_FORMAT) return out + '…"';
    }
    return out + '"';
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
  const isMock = (f) => {
    for (let i = 0; i < MOCKS.length; i++) if (MOCKS[i] === f) return true;
    return false;
  };
  function mockFn(impl) {
    let implementation = impl;
    const once = [];
    const mock = function (...args) {
      push(mock.mock.calls, args);
      let result;
      if (once.length) {
        const f = once[0];
        for (let i = 1; i < once.length; i++) once[i - 1] = once[i];
        once.length--;
        result = ReflectApply(f, this, args);
      } else if (typeof implementation === 'function') result = ReflectApply(implementation, this, args);
      push(mock.mock.results, { type: 'return', value: result });
      return result;
    };
    mock.mock = { calls: [], results: [] };
    mock.mockReturnValue = (v) => { implementation = () => v; return mock; };
    mock.mockReturnValueOnce = (v) => { push(once, () => v); return mock; };
    mock.mockImplementation = (f) => { implementation = f; return mock; };
    mock.mockImplementationOnce = (f) => { push(once, f); return mock; };
    mock.mockResolvedValue = (v) => { implementation = () => PromiseResolve(v); return mock; };
    mock.mockClear = () => { mock.mock.calls = []; mock.mock.results = []; return mock; };
    mock.mockReset = () => { mock.mockClear(); implementation = undefined; once.length = 0; return mock; };
    push(MOCKS, mock);
    return mock;
  }
  function spyOn(object, name) {
    const original = object[name];
    if (typeof original !== 'function') throw new TypeError('jest.spyOn: ' + StringCtor(name) + ' is not a function');
    const spy = mockFn(function (...args) { return ReflectApply(original, this, args); });
    spy.mockRestore = () => { object[name] = original; };
    object[name] = spy;
    return spy;
  }

  // ---------------------------------------------------------------- expect

  // Thrown by matchers; recognised by identity, so learner code cannot forge a failure or a pass.
  const FAILURES = [];
  function fail(message, expected, received) {
    const f = ObjectCreate(null);
    f.message = message;
    f.expected = expected;
    f.received = received;
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
    function assert(name, pass, expectedText, receivedText, describe) {
      if (pass !== negated) return;
      const what = describe || ('expect(received).' + not + name + '(expected)');
      fail(what, expectedText === undefined ? undefined : (negated ? 'not ' : '') + expectedText, receivedText);
    }
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
        assert('toBe', pass, format(expected), format(received), hint);
      },
      toEqual(expected) {
        assert('toEqual', equals(received, expected, false), format(expected), format(received));
      },
      toStrictEqual(expected) {
        assert('toStrictEqual', equals(received, expected, true), format(expected), format(received));
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
        assert('toMatchObject', matchesObject(received, expected, 0), format(expected), format(received));
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
        if (typeof expected === 'string') { pass = call(StringIncludes, msg, expected); expectedText = 'an error message containing ' + format(expected); }
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
    return m;
  }

  // `.resolves` / `.rejects`: the same matchers, applied once the promise settles.
  function settled(received, wantResolve, negated) {
    const names = ObjectKeys(makeMatchers(undefined, false));
    const out = {};
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

  function expect(received) {
    const m = makeMatchers(received, false);
    m.not = makeMatchers(received, true);
    m.resolves = settled(received, true, false);
    m.resolves.not = settled(received, true, true);
    m.rejects = settled(received, false, false);
    m.rejects.not = settled(received, false, true);
    return m;
  }
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

  const root = { name: '', parent: null, beforeEach: [], afterEach: [] };
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
    const block = { name: StringCtor(name), parent: currentBlock, beforeEach: [], afterEach: [] };
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

  function test(name, fn) {
    push(tests, { name: fullName(currentBlock, StringCtor(name)), fn, block: currentBlock, skip: false });
  }
  function skippedTest(name, fn) {
    push(tests, { name: fullName(currentBlock, StringCtor(name)), fn, block: currentBlock, skip: true });
  }
  test.skip = skippedTest;
  let onlyMode = false;
  test.only = (name, fn) => {
    onlyMode = true;
    push(tests, { name: fullName(currentBlock, StringCtor(name)), fn, block: currentBlock, skip: false, only: true });
  };
  test.todo = (name) => skippedTest(name, undefined);
  describe.skip = (name, fn) => {
    const before = tests.length;
    describe(name, fn);
    for (let i = before; i < tests.length; i++) tests[i].skip = true;
  };

  const beforeEach = (fn) => push(currentBlock.beforeEach, fn);
  const afterEach = (fn) => push(currentBlock.afterEach, fn);

  // ---------------------------------------------------------------- console

  let output = [];
  const MAX_OUTPUT_CHARS = 20000;
  let outputChars = 0;
  let outputCut = false;
  function logger(level) {
    return function (...args) {
      if (outputCut) return;
      let text = formatConsoleArgs(args);
      if (outputChars + text.length > MAX_OUTPUT_CHARS) {
        text = slice(text, 0, MAX_OUTPUT_CHARS - outputChars) + '… (output cut: too much printed)';
        outputCut = true;
      }
      outputChars += text.length;
      push(output, { level, text });
    };
  }
  const console = {
    log: logger('log'), info: logger('info'), warn: logger('warn'), error: logger('error'), debug: logger('log'),
  };

  // ---------------------------------------------------------------- virtual timers

  let now = 0;
  let nextTimerId = 1;
  let timers = [];
  function addTimer(fn, delay, args, repeat) {
    const id = nextTimerId++;
    delay = typeof delay === 'number' && delay > 0 ? delay : 0;
    push(timers, { id, fn, at: now + delay, delay, args, repeat });
    return id;
  }
  function clearTimer(id) {
    const kept = [];
    for (let i = 0; i < timers.length; i++) if (timers[i].id !== id) push(kept, timers[i]);
    timers = kept;
  }
  // Fires the earliest timer; the host calls this when only timers can make progress.
  function tick() {
    if (timers.length === 0) return false;
    let first = 0;
    for (let i = 1; i < timers.length; i++) if (timers[i].at < timers[first].at) first = i;
    const t = timers[first];
    now = MathMax(now, t.at);
    if (t.repeat) t.at = now + MathMax(t.delay, 1); else clearTimer(t.id);
    try {
      if (typeof t.fn === 'function') ReflectApply(t.fn, undefined, t.args);
    } catch (e) {
      const d = describeError(e);
      push(output, { level: 'error', text: 'Uncaught ' + d.name + ' in a timer callback: ' + d.message });
    }
    return true;
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
    if (isFailure(e)) return { kind: 'assertion', message: e.message, expected: e.expected, received: e.received, error: null };
    const d = describeError(e);
    return { kind: 'error', message: d.name + ': ' + d.message, expected: undefined, received: undefined, error: d };
  }

  async function runTest(index) {
    const t = tests[index];
    output = [];
    let code;
    try { code = typeof t.fn === 'function' ? call(FunctionToString, t.fn) : undefined; } catch (_) { code = undefined; }
    const record = { name: t.name, status: 'passed', failure: null, console: output, test_code: code };
    if (t.skip || typeof t.fn !== 'function' || (onlyMode && !t.only)) {
      record.status = 'skipped';
      return serialize(record);
    }
    try {
      const before = hooksFor(t.block, 'beforeEach');
      for (let i = 0; i < before.length; i++) await before[i]();
      await t.fn();
      const after = hooksFor(t.block, 'afterEach');
      for (let i = 0; i < after.length; i++) await after[i]();
    } catch (e) {
      record.status = 'failed';
      record.failure = failureRecord(e);
    }
    timers = [];
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
    expect, beforeEach, afterEach, jest: ObjectFreeze({ fn: mockFn, spyOn }),
    beforeAll: (fn) => fn(), afterAll: () => {},
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
  const writableGlobals = ['console', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'];
  for (let i = 0; i < writableGlobals.length; i++) {
    ObjectDefineProperty(global, writableGlobals[i], { value: api[writableGlobals[i]], writable: true, configurable: true, enumerable: false });
  }

  return ObjectFreeze({
    exports: ObjectFreeze(api),
    testCount: () => tests.length,
    testName: (i) => tests[i] ? tests[i].name : "",
    runTest,
    tick,
    takeOutput,
    suiteErrors: suiteErrorRecords,
    formatValue: (v) => format(v),
    describeError: (e) => serialize(describeError(e)),
  });
})(globalThis);

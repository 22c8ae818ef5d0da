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


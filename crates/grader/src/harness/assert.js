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


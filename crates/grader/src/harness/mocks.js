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


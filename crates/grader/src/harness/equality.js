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


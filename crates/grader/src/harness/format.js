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


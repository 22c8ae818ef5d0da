// WHATWG URL and URLSearchParams for the Boa sandbox, which has no web APIs but runs
// learner code written against browsers and Node. Follows the URL Standard (UTF-8,
// encode sets, dot segments, IPv4/IPv6 hosts) except IDNA: non-ASCII hosts are rejected.
(function (global) {
  'use strict';
  // Captured now because learner code may later overwrite these globals.
  const TypeErr = TypeError, WMap = WeakMap, toStr = String, toInt = parseInt;
  const { fromCharCode, fromCodePoint } = String;
  const { defineProperty, getOwnPropertyNames, getOwnPropertyDescriptor, keys: objectKeys } = Object;
  const ITERATOR = Symbol.iterator, TO_STRING_TAG = Symbol.toStringTag;

  // Null prototype so names like "constructor" are never mistaken for special schemes.
  const DEFAULT_PORT = Object.assign(Object.create(null), { ftp: 21, file: null, http: 80, https: 443, ws: 80, wss: 443 });
  const isSpecial = (scheme) => scheme in DEFAULT_PORT;
  const isOpaque = (url) => typeof url.path === 'string';

  // Percent-encode sets: C0 controls and non-ASCII are always encoded, plus the listed ASCII.
  const encodeSet = (extra) => (c) => c < 0x20 || c > 0x7e || extra.indexOf(fromCharCode(c)) >= 0;
  const C0_SET = encodeSet('');
  const FRAGMENT_SET = encodeSet(' "<>`');
  const QUERY_SET = encodeSet(' "#<>');
  const SPECIAL_QUERY_SET = encodeSet(' "#<>\'');
  const PATH_SET = encodeSet(' "#<>?`{}');
  const USERINFO_SET = encodeSet(' "#<>?`{}/:;=@[\\]^|');
  const FORM_SET = (c) => c > 0x7e || !/[\w*.-]/.test(fromCharCode(c));
  const HEX = '0123456789ABCDEF';

  // Web APIs take USVStrings: lone surrogates become U+FFFD so UTF-8 encoding never fails.
  const toUSV = (value) => toStr(value).replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (m) => (m.length === 2 ? m : '\uFFFD'));
  const clean = (value) => toUSV(value).replace(/[\t\n\r]/g, '');

  function utf8Bytes(c) {
    if (c < 0x80) return [c];
    if (c < 0x800) return [0xc0 | (c >> 6), 0x80 | (c & 63)];
    if (c < 0x10000) return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
    return [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
  }

  // The Encoding Standard's UTF-8 decoder, so malformed input yields the same U+FFFDs as browsers.
  function utf8Decode(bytes) {
    let out = '', code = 0, needed = 0, seen = 0, lower = 0x80, upper = 0xbf;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (needed === 0) {
        if (b < 0x80) out += fromCharCode(b);
        else if (b >= 0xc2 && b <= 0xdf) { needed = 1; code = b & 0x1f; }
        else if (b >= 0xe0 && b <= 0xef) { needed = 2; code = b & 0xf; if (b === 0xe0) lower = 0xa0; if (b === 0xed) upper = 0x9f; }
        else if (b >= 0xf0 && b <= 0xf4) { needed = 3; code = b & 7; if (b === 0xf0) lower = 0x90; if (b === 0xf4) upper = 0x8f; }
        else out += '\uFFFD';
        continue;
      }
      const ok = b >= lower && b <= upper;
      lower = 0x80; upper = 0xbf;
      if (!ok) { needed = seen = 0; out += '\uFFFD'; i--; continue; }
      code = (code << 6) | (b & 63);
      if (++seen === needed) { out += fromCodePoint(code); needed = seen = 0; }
    }
    return needed ? out + '\uFFFD' : out;
  }
  function percentEncode(text, mustEncode, spaceAsPlus) {
    let out = '';
    for (const ch of text) {
      const c = ch.codePointAt(0);
      if (spaceAsPlus && c === 32) out += '+';
      else if (!mustEncode(c)) out += ch;
      else for (const b of utf8Bytes(c)) out += '%' + HEX[b >> 4] + HEX[b & 15];
    }
    return out;
  }
  function percentDecode(text) {
    if (text.indexOf('%') < 0) return text;
    const bytes = [];
    for (let i = 0; i < text.length; i++) {
      const hex = text.slice(i + 1, i + 3);
      if (text[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(hex)) { bytes.push(toInt(hex, 16)); i += 2; continue; }
      const c = text.codePointAt(i);
      if (c > 0xffff) i++;
      bytes.push(...utf8Bytes(c));
    }
    return utf8Decode(bytes);
  }

  // Parse failures throw Invalid; constructors turn it into a TypeError, setters just stop.
  class Invalid { constructor(why) { this.why = why; } }
  function invalid(why) { throw new Invalid(why); }

  // ---- Hosts ----

  function parseIPv4Number(text) {
    if (text === '') return null;
    let radix = 10;
    if (/^0[xX]/.test(text)) { text = text.slice(2); radix = 16; }
    else if (text.length > 1 && text[0] === '0') { text = text.slice(1); radix = 8; }
    if (text === '') return 0;
    const valid = radix === 16 ? /^[0-9A-Fa-f]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
    return valid.test(text) ? toInt(text, radix) : null;
  }
  function ipv4Parts(host) {
    const parts = host.split('.');
    if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
    return parts;
  }

  // "127.1" or "0x7f.1" are IPv4 addresses, not domains, because the last label is numeric.
  function endsInNumber(host) {
    const last = ipv4Parts(host).pop();
    return /^[0-9]+$/.test(last) || parseIPv4Number(last) !== null;
  }
  function parseIPv4(host) {
    const numbers = ipv4Parts(host).map(parseIPv4Number);
    if (numbers.length > 4 || numbers.some((n) => n === null)) invalid();
    const last = numbers.pop();
    if (numbers.some((n) => n > 255) || last >= 256 ** (4 - numbers.length)) invalid();
    const address = numbers.reduce((sum, n, i) => sum + n * 256 ** (3 - i), last);
    return [24, 16, 8, 0].map((shift) => (address >>> shift) & 255).join('.');
  }
  function parseIPv6(text) {
    if (text.indexOf('.') >= 0) { // a trailing dotted quad (::ffff:1.2.3.4) stands for two pieces
      const colon = text.lastIndexOf(':');
      const octets = text.slice(colon + 1).split('.');
      if (colon < 0 || octets.length !== 4 || octets.some((o) => !/^(?:0|[1-9][0-9]{0,2})$/.test(o) || o > 255)) invalid();
      text = text.slice(0, colon + 1) + ((octets[0] << 8) + +octets[1]).toString(16) + ':' + ((octets[2] << 8) + +octets[3]).toString(16);
    }
    const halves = text.split('::');
    if (halves.length > 2) invalid();
    const hexPieces = (s) => (s === '' ? [] : s.split(':').map((h) => (/^[0-9A-Fa-f]{1,4}$/.test(h) ? toInt(h, 16) : invalid())));
    const head = hexPieces(halves[0]), tail = halves.length === 2 ? hexPieces(halves[1]) : [];
    const zeros = 8 - head.length - tail.length;
    if (halves.length === 2 ? zeros < 1 : zeros !== 0) invalid();
    while (head.length + tail.length < 8) head.push(0);
    return head.concat(tail);
  }
  function serializeIPv6(pieces) {
    const text = pieces.map((p) => p.toString(16)).join(':');
    let longest = ''; // the first longest run of two or more zero pieces becomes "::"
    for (const run of text.match(/(?:^|:)0(?::0)+(?::|$)/g) || []) if (run.length > longest.length) longest = run;
    return '[' + (longest ? text.replace(longest, '::') : text) + ']';
  }
  function parseHost(text, opaque) {
    if (text[0] === '[') {
      if (text[text.length - 1] !== ']') invalid();
      return serializeIPv6(parseIPv6(text.slice(1, -1)));
    }
    if (opaque) {
      if (/[\0\t\n\r #/:<>?@[\\\]^|]/.test(text)) invalid();
      return percentEncode(text, C0_SET);
    }
    const domain = percentDecode(text);
    if (/[^\0-\x7f]/.test(domain)) invalid('international domain names are not supported');
    const host = domain.toLowerCase();
    if (host === '' || /[\0-\x20#%/:<>?@[\\\]^|\x7f]/.test(host)) invalid();
    return endsInNumber(host) ? parseIPv4(host) : host;
  }

  // ---- The parser. A record holds scheme, username, password, host, port, path, query, fragment ----

  const newRecord = (scheme) => ({ scheme, username: '', password: '', host: null, port: null, path: [], query: null, fragment: null });
  const indexOrEnd = (text, pattern) => { const i = text.search(pattern); return i < 0 ? text.length : i; };
  const authorityEnd = (url) => (isSpecial(url.scheme) ? /[/\\?#]/ : /[/?#]/);
  const isDriveLetter = (text) => /^[A-Za-z][:|]$/.test(text);
  const startsWithDriveLetter = (text) => /^[A-Za-z][:|](?:$|[/\\?#])/.test(text);
  const isQueryOrFragmentOnly = (rest) => rest === '' || rest[0] === '?' || rest[0] === '#';

  function parseURL(input, base) {
    input = input.replace(/^[\0-\x20]+|[\0-\x20]+$/g, '').replace(/[\t\n\r]/g, '');
    const match = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(input);
    if (!match) return parseWithoutScheme(input, base);
    const url = newRecord(match[1].toLowerCase()), rest = input.slice(match[0].length);
    if (url.scheme === 'file') parseFile(url, rest, base && base.scheme === 'file' ? base : null);
    else if (base && base.scheme === url.scheme && isSpecial(url.scheme)) parseRelative(url, rest, base); // "http:x" vs an http base
    else if (isSpecial(url.scheme)) parseAuthority(url, rest.replace(/^[/\\]*/, ''));
    else if (rest.startsWith('//')) parseAuthority(url, rest.slice(2));
    else parseTail(url, rest, rest[0] === '/' ? 'start' : 'opaque');
    return url;
  }
  function parseWithoutScheme(input, base) {
    if (!base || (isOpaque(base) && input[0] !== '#')) invalid();
    const url = isOpaque(base) ? { ...base, fragment: null } : newRecord(base.scheme);
    if (isOpaque(base)) parseTail(url, input, 'none');
    else if (base.scheme === 'file') parseFile(url, input, base);
    else parseRelative(url, input, base);
    return url;
  }
  function parseRelative(url, rest, base) {
    const slash = isSpecial(url.scheme) ? /^[/\\]/ : /^\//;
    if (slash.test(rest) && slash.test(rest.slice(1))) {
      return parseAuthority(url, isSpecial(url.scheme) ? rest.replace(/^[/\\]*/, '') : rest.slice(2));
    }
    for (const key of ['username', 'password', 'host', 'port']) url[key] = base[key];
    if (slash.test(rest)) return parseTail(url, rest, 'start');
    url.path = base.path.slice();
    if (isQueryOrFragmentOnly(rest)) { url.query = base.query; return parseTail(url, rest, 'none'); }
    shortenPath(url);
    parseTail(url, rest, 'path');
  }
  function parseAuthority(url, rest) {
    const end = indexOrEnd(rest, authorityEnd(url));
    let authority = rest.slice(0, end);
    const at = authority.lastIndexOf('@');
    if (at >= 0) {
      const userinfo = authority.slice(0, at), colon = userinfo.indexOf(':');
      authority = authority.slice(at + 1);
      if (authority === '') invalid();
      url.username = percentEncode(colon < 0 ? userinfo : userinfo.slice(0, colon), USERINFO_SET);
      url.password = colon < 0 ? '' : percentEncode(userinfo.slice(colon + 1), USERINFO_SET);
    }
    parseHostAndPort(url, authority, null);
    parseTail(url, rest.slice(end), 'start');
  }

  // `override` is null while parsing, or 'host' / 'hostname' from the matching setter.
  function parseHostAndPort(url, text, override) {
    text = text.slice(0, indexOrEnd(text, authorityEnd(url)));
    let colon = -1, inBrackets = false;
    for (let i = 0; i < text.length && colon < 0; i++) {
      if (text[i] === '[' || text[i] === ']') inBrackets = text[i] === '[';
      else if (text[i] === ':' && !inBrackets) colon = i;
    }
    const hostText = colon < 0 ? text : text.slice(0, colon);
    if (colon >= 0 && (hostText === '' || override === 'hostname')) invalid();
    if (hostText === '' && (isSpecial(url.scheme) || (override && (url.username || url.password || url.port !== null)))) invalid();
    url.host = parseHost(hostText, !isSpecial(url.scheme));
    if (colon >= 0) setPort(url, text.slice(colon + 1), override);
  }
  function setPort(url, text, override) {
    if (override) text = /^[0-9]*/.exec(text)[0]; // setters keep the leading digits of "8080abc"
    else if (!/^[0-9]*$/.test(text)) invalid();
    if (text === '') return;
    const port = toInt(text, 10);
    if (port > 65535) invalid();
    url.port = port === DEFAULT_PORT[url.scheme] ? null : port;
  }
  function parseFileHost(text) {
    const host = text === '' ? '' : parseHost(text, false);
    return host === 'localhost' ? '' : host;
  }
  function parseFile(url, rest, base) {
    url.host = '';
    if (/^[/\\]{2}/.test(rest)) {
      rest = rest.slice(2);
      const hostText = rest.slice(0, indexOrEnd(rest, /[/\\?#]/));
      if (isDriveLetter(hostText)) return parseTail(url, rest, 'path'); // file://C:/x means file:///C:/x
      url.host = parseFileHost(hostText);
      return parseTail(url, rest.slice(hostText.length), 'start');
    }
    if (/^[/\\]/.test(rest)) {
      rest = rest.slice(1);
      if (base) {
        url.host = base.host;
        if (!startsWithDriveLetter(rest) && /^[A-Za-z]:$/.test(base.path[0])) url.path.push(base.path[0]);
      }
      return parseTail(url, rest, 'path');
    }
    if (base) {
      url.host = base.host; url.path = base.path.slice(); url.query = base.query;
      if (isQueryOrFragmentOnly(rest)) return parseTail(url, rest, 'none');
      url.query = null;
      if (startsWithDriveLetter(rest)) url.path = [];
      else shortenPath(url);
    }
    parseTail(url, rest, 'path');
  }

  // Splits off fragment and query, then treats the rest per `mode`: 'start' (may begin with a
  // slash), 'path' (segments relative to url.path), 'opaque' (kept whole) or 'none' (must be empty).
  function parseTail(url, rest, mode) {
    const hash = rest.indexOf('#');
    if (hash >= 0) { url.fragment = percentEncode(rest.slice(hash + 1), FRAGMENT_SET); rest = rest.slice(0, hash); }
    const question = rest.indexOf('?');
    if (question >= 0) { url.query = encodeQuery(url, rest.slice(question + 1)); rest = rest.slice(0, question); }
    if (mode === 'opaque') url.path = percentEncode(rest, C0_SET);
    else if (mode === 'start') parsePathStart(url, rest, false);
    else if (mode === 'path') parsePath(url, rest);
  }
  const encodeQuery = (url, text) => percentEncode(text, isSpecial(url.scheme) ? SPECIAL_QUERY_SET : QUERY_SET);

  function parsePathStart(url, text, override) {
    if (isSpecial(url.scheme)) parsePath(url, text.replace(/^[/\\]/, ''));
    else if (text !== '') parsePath(url, text.replace(/^\//, ''));
    else if (override && url.host === null) url.path.push('');
  }
  function parsePath(url, text) {
    const segments = text.split(isSpecial(url.scheme) ? /[/\\]/ : '/');
    segments.forEach((segment, i) => {
      const isLast = i === segments.length - 1;
      const dots = /^(?:\.|%2e)(\.|%2e)?$/i.exec(segment); // ".", "..", ".%2e", "%2E%2e" ...
      if (dots) {
        if (dots[1]) shortenPath(url);
        if (isLast) url.path.push('');
      } else {
        if (url.scheme === 'file' && url.path.length === 0 && isDriveLetter(segment)) segment = segment[0] + ':';
        url.path.push(percentEncode(segment, PATH_SET));
      }
    });
  }
  function shortenPath(url) {
    if (url.scheme === 'file' && url.path.length === 1 && /^[A-Za-z]:$/.test(url.path[0])) return; // never climb above C:
    url.path.pop();
  }

  // Keeps "data:x #y" from ending in a space once its fragment/query is removed.
  function stripOpaqueSpaces(url) {
    if (isOpaque(url) && url.query === null && url.fragment === null) url.path = url.path.replace(/ +$/, '');
  }

  // ---- Serializing ----

  const serializePath = (url) => (isOpaque(url) ? url.path : url.path.map((s) => '/' + s).join(''));
  const hostWithPort = (url) => url.host + (url.port === null ? '' : ':' + url.port);

  function serialize(url) {
    let out = url.scheme + ':';
    if (url.host !== null) {
      out += '//';
      if (url.username || url.password) out += url.username + (url.password ? ':' + url.password : '') + '@';
      out += hostWithPort(url);
    } else if (!isOpaque(url) && url.path.length > 1 && url.path[0] === '') out += '/.'; // so "//x" is not read as a host
    out += serializePath(url);
    if (url.query !== null) out += '?' + url.query;
    if (url.fragment !== null) out += '#' + url.fragment;
    return out;
  }
  function originOf(url) {
    if (url.scheme === 'blob') {
      const inner = tryParse(serializePath(url), null);
      return inner && (inner.scheme === 'http' || inner.scheme === 'https') ? originOf(inner) : 'null';
    }
    return isSpecial(url.scheme) && url.scheme !== 'file' ? url.scheme + '://' + hostWithPort(url) : 'null';
  }
  function tryParse(input, base) {
    try { return parseURL(input, base); } catch (e) { if (e instanceof Invalid) return null; throw e; }
  }
  function parseOrThrow(input, base) {
    try { return parseURL(input, base); } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      const error = new TypeErr('Invalid URL: "' + input + '"' + (e.why ? ' (' + e.why + ')' : ''));
      error.code = 'ERR_INVALID_URL'; // same extra fields as Node's error
      error.input = input;
      throw error;
    }
  }

  // ---- URL ----

  // Internals live in WeakMaps so learner code cannot see or corrupt them, yet each class can reach
  // the other's: URL -> { url: record, params }, URLSearchParams -> { list: [name, value][], owner }.
  const urlStates = new WMap();
  const paramsStates = new WMap();
  function internals(map, self, type) {
    const state = map.get(self);
    if (!state) throw new TypeErr(`Value of "this" must be of type ${type}`);
    return state;
  }
  const stateOf = (self) => internals(urlStates, self, 'URL');
  const paramsOf = (self) => internals(paramsStates, self, 'URLSearchParams');
  const recordOf = (self) => stateOf(self).url;

  // Setters ignore bad input (only href throws), keeping whatever was applied before the failure.
  function modify(self, change) {
    const state = stateOf(self);
    try { change(state.url, state); } catch (e) { if (!(e instanceof Invalid)) throw e; }
  }
  const cannotHaveCredentials = (url) => url.host === null || url.host === '' || url.scheme === 'file';

  function setProtocol(url, value) {
    const match = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value + ':');
    const scheme = match && match[1].toLowerCase();
    if (!match || isSpecial(scheme) !== isSpecial(url.scheme)) return;
    if (scheme === 'file' && (url.username || url.password || url.port !== null)) return;
    if (url.scheme === 'file' && url.host === '') return;
    url.scheme = scheme;
    if (url.port === DEFAULT_PORT[scheme]) url.port = null;
  }
  function setHost(url, value, mode) {
    if (isOpaque(url)) return;
    if (url.scheme === 'file') url.host = parseFileHost(value.slice(0, indexOrEnd(value, /[/\\?#]/)));
    else parseHostAndPort(url, value, mode);
  }
  function setCredential(url, key, value) {
    if (!cannotHaveCredentials(url)) url[key] = percentEncode(toUSV(value), USERINFO_SET);
  }
  function setPortFromSetter(url, value) {
    if (cannotHaveCredentials(url)) return;
    if (clean(value) === '') url.port = null;
    else setPort(url, clean(value), 'port');
  }
  function setPathname(url, value) {
    if (isOpaque(url)) return;
    url.path = [];
    parsePathStart(url, clean(value), true);
  }
  function setSearch(url, value, state) {
    value = toUSV(value);
    if (value === '') { url.query = null; stripOpaqueSpaces(url); }
    else url.query = encodeQuery(url, clean(value.replace(/^\?/, '')));
    syncParams(state);
  }
  function setHash(url, value) {
    value = toUSV(value);
    if (value === '') { url.fragment = null; stripOpaqueSpaces(url); }
    else url.fragment = percentEncode(clean(value.replace(/^#/, '')), FRAGMENT_SET);
  }

  class URL {
    constructor(url, base = undefined) {
      if (arguments.length === 0) throw new TypeErr('The "url" argument must be specified');
      const baseRecord = base === undefined ? null : parseOrThrow(toUSV(base), null);
      const state = { url: parseOrThrow(toUSV(url), baseRecord), params: new URLSearchParams() };
      urlStates.set(this, state);
      paramsOf(state.params).owner = state;
      syncParams(state);
    }
    static canParse(url, base = undefined) { return URL.parse(url, base) !== null; }
    static parse(url, base = undefined) {
      const baseRecord = base === undefined ? null : tryParse(toUSV(base), null);
      if (base !== undefined && !baseRecord) return null;
      return tryParse(toUSV(url), baseRecord) ? new URL(url, base) : null;
    }
    get href() { return serialize(recordOf(this)); }
    set href(value) {
      const state = stateOf(this);
      state.url = parseOrThrow(toUSV(value), null);
      syncParams(state);
    }
    get origin() { return originOf(recordOf(this)); }
    get protocol() { return recordOf(this).scheme + ':'; }
    set protocol(value) { modify(this, (url) => setProtocol(url, clean(value))); }
    get username() { return recordOf(this).username; }
    set username(value) { modify(this, (url) => setCredential(url, 'username', value)); }
    get password() { return recordOf(this).password; }
    set password(value) { modify(this, (url) => setCredential(url, 'password', value)); }
    get host() { const url = recordOf(this); return url.host === null ? '' : hostWithPort(url); }
    set host(value) { modify(this, (url) => setHost(url, clean(value), 'host')); }
    get hostname() { const url = recordOf(this); return url.host === null ? '' : url.host; }
    set hostname(value) { modify(this, (url) => setHost(url, clean(value), 'hostname')); }
    get port() { const url = recordOf(this); return url.port === null ? '' : toStr(url.port); }
    set port(value) { modify(this, (url) => setPortFromSetter(url, value)); }
    get pathname() { return serializePath(recordOf(this)); }
    set pathname(value) { modify(this, (url) => setPathname(url, value)); }
    get search() { const query = recordOf(this).query; return query ? '?' + query : ''; }
    set search(value) { modify(this, (url, state) => setSearch(url, value, state)); }
    get searchParams() { return stateOf(this).params; }
    get hash() { const fragment = recordOf(this).fragment; return fragment ? '#' + fragment : ''; }
    set hash(value) { modify(this, (url) => setHash(url, value)); }
    toString() { return serialize(recordOf(this)); }
    toJSON() { return serialize(recordOf(this)); }
  }

  // ---- URLSearchParams ----

  function requireArgs(args, count, method) {
    if (args.length < count) throw new TypeErr(`URLSearchParams.${method} needs ${count} argument${count > 1 ? 's' : ''}`);
  }
  function parseForm(text) {
    const decode = (s) => percentDecode(s.replace(/\+/g, ' '));
    return text.split('&').filter((part) => part !== '').map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? [decode(part), ''] : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))];
    });
  }
  const serializeForm = (list) =>
    list.map(([name, value]) => percentEncode(name, FORM_SET, true) + '=' + percentEncode(value, FORM_SET, true)).join('&');

  function pairsFrom(iterable) {
    if (typeof iterable[ITERATOR] !== 'function') throw new TypeErr('Query pairs must be iterable');
    const list = [];
    for (const pair of iterable) {
      const isIterable = pair !== null && (typeof pair === 'object' || typeof pair === 'function') && typeof pair[ITERATOR] === 'function';
      const items = isIterable ? [...pair] : [];
      if (items.length !== 2) throw new TypeErr('Each query pair must be an iterable [name, value] tuple');
      list.push([toUSV(items[0]), toUSV(items[1])]);
    }
    return list;
  }

  // URL -> params, after href or search changed.
  function syncParams(urlState) {
    paramsOf(urlState.params).list = parseForm(urlState.url.query || '');
  }

  // params -> URL, after any change to a URL's searchParams.
  function commit(state) {
    if (!state.owner) return;
    const url = state.owner.url, query = serializeForm(state.list);
    url.query = query === '' ? null : query;
    if (query === '') stripOpaqueSpaces(url);
  }

  // Index-based so iterators stay live while the list changes, as in browsers and Node.
  function* iterate(state, pick) {
    for (let i = 0; i < state.list.length; i++) yield pick(state.list[i]);
  }

  // `value` is optional for has/delete: undefined matches any value.
  const matches = (name, value) => (pair) => pair[0] === name && (value === undefined || pair[1] === value);
  const optionalUSV = (value) => (value === undefined ? undefined : toUSV(value));

  class URLSearchParams {
    constructor(init = undefined) {
      const state = { list: [], owner: null };
      paramsStates.set(this, state);
      if (init === undefined || init === null) return;
      if (typeof init !== 'object' && typeof init !== 'function') state.list = parseForm(toUSV(init).replace(/^\?/, ''));
      else if (init[ITERATOR] !== undefined) state.list = pairsFrom(init);
      else state.list = objectKeys(init).map((key) => [toUSV(key), toUSV(init[key])]);
    }
    get size() { return paramsOf(this).list.length; }
    append(name, value) {
      requireArgs(arguments, 2, 'append');
      const state = paramsOf(this);
      state.list.push([toUSV(name), toUSV(value)]);
      commit(state);
    }
    delete(name, value = undefined) {
      requireArgs(arguments, 1, 'delete');
      const state = paramsOf(this), doomed = matches(toUSV(name), optionalUSV(value));
      state.list = state.list.filter((pair) => !doomed(pair));
      commit(state);
    }
    get(name) {
      requireArgs(arguments, 1, 'get');
      const found = paramsOf(this).list.find(matches(toUSV(name)));
      return found ? found[1] : null;
    }
    getAll(name) {
      requireArgs(arguments, 1, 'getAll');
      return paramsOf(this).list.filter(matches(toUSV(name))).map((pair) => pair[1]);
    }
    has(name, value = undefined) {
      requireArgs(arguments, 1, 'has');
      return paramsOf(this).list.some(matches(toUSV(name), optionalUSV(value)));
    }
    set(name, value) {
      requireArgs(arguments, 2, 'set');
      const state = paramsOf(this), pair = [toUSV(name), toUSV(value)], first = state.list.findIndex(matches(pair[0]));
      if (first < 0) state.list.push(pair);
      else {
        state.list = state.list.filter((p, i) => i <= first || p[0] !== pair[0]);
        state.list[first] = pair;
      }
      commit(state);
    }
    sort() {
      const state = paramsOf(this); // Array#sort is stable, and < compares UTF-16 code units as the spec asks
      state.list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      commit(state);
    }
    forEach(callback, thisArg = undefined) {
      if (typeof callback !== 'function') throw new TypeErr('The "callback" argument must be a function');
      const state = paramsOf(this);
      for (let i = 0; i < state.list.length; i++) callback.call(thisArg, state.list[i][1], state.list[i][0], this);
    }
    keys() { return iterate(paramsOf(this), (pair) => pair[0]); }
    values() { return iterate(paramsOf(this), (pair) => pair[1]); }
    entries() { return iterate(paramsOf(this), (pair) => [pair[0], pair[1]]); }
    toString() { return serializeForm(paramsOf(this).list); }
  }

  // WebIDL shape: members enumerable, @@iterator is entries, and a tag so objects print as [object URL].
  for (const [cls, tag] of [[URL, 'URL'], [URLSearchParams, 'URLSearchParams']]) {
    for (const name of getOwnPropertyNames(cls.prototype)) {
      if (name !== 'constructor') defineProperty(cls.prototype, name, { ...getOwnPropertyDescriptor(cls.prototype, name), enumerable: true });
    }
    defineProperty(cls.prototype, TO_STRING_TAG, { value: tag, configurable: true });
  }
  defineProperty(URLSearchParams.prototype, ITERATOR, { value: URLSearchParams.prototype.entries, writable: true, configurable: true });
  defineProperty(global, 'URL', { value: URL, writable: true, configurable: true, enumerable: false });
  defineProperty(global, 'URLSearchParams', { value: URLSearchParams, writable: true, configurable: true, enumerable: false });
})

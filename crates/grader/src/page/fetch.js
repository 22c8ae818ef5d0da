// `fetch` for a page exercise, answered by the routes the exercise declares instead of a
// network: each answer arrives after its delay on the grading clock, so loading states and slow
// servers can be tested without waiting, and every request is recorded for the tests.
(function (global, routes, pageUrl) {
  'use strict';
  const StringCtor = String;
  const JSONParse = JSON.parse;
  const JSONStringify = JSON.stringify;
  const ArrayFrom = Array.from;
  const TypeErrorCtor = TypeError;
  const PromiseCtor = Promise;
  const ObjectKeys = Object.keys;
  const ObjectDefineProperty = Object.defineProperty;
  const setTimer = global.setTimeout;
  const consoleRef = global.console;
  const URLCtor = global.URL;
  const push = (a, v) => { a[a.length] = v; };
  const STATUS_TEXT = { 200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified',
    400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict',
    422: 'Unprocessable Content', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };

  class Headers {
    constructor(init) {
      ObjectDefineProperty(this, '_list', { value: [], writable: true });
      if (!init) return;
      const pairs = init instanceof Headers ? init._list : Array.isArray(init) ? init : ObjectKeys(init).map((k) => [k, init[k]]);
      for (let i = 0; i < pairs.length; i++) this.append(pairs[i][0], pairs[i][1]);
    }
    append(name, value) { push(this._list, [StringCtor(name).toLowerCase(), StringCtor(value)]); }
    set(name, value) { this.delete(name); this.append(name, value); }
    get(name) {
      const n = StringCtor(name).toLowerCase();
      const values = this._list.filter((h) => h[0] === n).map((h) => h[1]);
      return values.length ? values.join(', ') : null;
    }
    has(name) { return this.get(name) !== null; }
    delete(name) { const n = StringCtor(name).toLowerCase(); this._list = this._list.filter((h) => h[0] !== n); }
    forEach(fn, self) { this._list.forEach((h) => fn.call(self, h[1], h[0], this)); }
    entries() { return this._list.map((h) => [h[0], h[1]])[Symbol.iterator](); }
    keys() { return this._list.map((h) => h[0])[Symbol.iterator](); }
    values() { return this._list.map((h) => h[1])[Symbol.iterator](); }
    [Symbol.iterator]() { return this.entries(); }
  }

  class Response {
    constructor(body, init) {
      init = init || {};
      this.status = init.status === undefined ? 200 : init.status;
      this.statusText = init.statusText !== undefined ? init.statusText : (STATUS_TEXT[this.status] || '');
      this.ok = this.status >= 200 && this.status < 300;
      this.headers = new Headers(init.headers);
      this.url = init.url || '';
      this.redirected = false;
      this.type = 'basic';
      ObjectDefineProperty(this, '_body', { value: body === undefined || body === null ? '' : StringCtor(body), writable: true });
      ObjectDefineProperty(this, '_used', { value: false, writable: true });
    }
    get bodyUsed() { return this._used; }
    _read() {
      if (this._used) return PromiseCtor.reject(new TypeErrorCtor("Failed to execute 'text' on 'Response': body stream already read"));
      this._used = true;
      return PromiseCtor.resolve(this._body);
    }
    text() { return this._read(); }
    json() { return this._read().then((text) => JSONParse(text)); }
    clone() {
      if (this._used) throw new TypeErrorCtor("Failed to execute 'clone' on 'Response': Response body is already used");
      return new Response(this._body, { status: this.status, statusText: this.statusText, headers: this.headers, url: this.url });
    }
    static json(data, init) {
      const headers = new Headers((init && init.headers) || {});
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      return new Response(JSONStringify(data), { status: init && init.status, headers });
    }
    static error() { const r = new Response('', { status: 0 }); r.type = 'error'; return r; }
  }

  class Request {
    constructor(input, init) {
      init = init || {};
      this.url = new URLCtor(input instanceof Request ? input.url : StringCtor(input), pageState.url).href;
      this.method = StringCtor(init.method || (input instanceof Request ? input.method : 'GET')).toUpperCase();
      this.headers = new Headers(init.headers || (input instanceof Request ? input.headers : undefined));
      this.body = init.body === undefined ? (input instanceof Request ? input.body : null) : init.body;
      this.signal = init.signal || null;
    }
  }

  const pageState = { url: pageUrl };
  const requests = [];

  function resolveUrl(url) { return new URLCtor(url, pageState.url); }

  // The same query, however it is spelled: `+` or `%20`, any order of the parameters.
  const queryKey = (url) => JSONStringify(ArrayFrom(url.searchParams).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)));
  function matches(route, request) {
    if (route.used) return false;
    if ((route.method || 'GET').toUpperCase() !== request.method) return false;
    const want = resolveUrl(route.url);
    const got = resolveUrl(request.url);
    if (want.origin !== got.origin || want.pathname !== got.pathname) return false;
    return want.search === '' || queryKey(want) === queryKey(got);
  }

  function routeList() {
    return routes.map((r) => (r.method || 'GET').toUpperCase() + ' ' + r.url).join(', ');
  }

  function fetch(input, init) {
    let request;
    try {
      request = new Request(input, init);
    } catch (error) {
      return PromiseCtor.reject(new TypeErrorCtor("Failed to execute 'fetch': the address " + JSONStringify(StringCtor(input)) + ' is not a valid URL.'));
    }
    const record = { method: request.method, url: request.url, headers: {}, body: request.body === null ? null : StringCtor(request.body) };
    request.headers.forEach((v, k) => { record.headers[k] = v; });
    if (record.body !== null && (record.headers['content-type'] || '').indexOf('json') >= 0) {
      try { record.json = JSONParse(record.body); } catch (_) { /* a body that is not JSON stays text */ }
    }
    push(requests, record);
    let route;
    for (let i = 0; i < routes.length && !route; i++) if (matches(routes[i], request)) route = routes[i];
    // A route marked `once` answers one request; the next matching route answers the rest.
    if (route && route.once) route.used = true;
    if (!route) {
      consoleRef.warn('fetch: nothing in this exercise answers ' + request.method + ' ' + request.url +
        (routes.length ? '; it answers ' + routeList() : '; it has no server to call') + '. The response is 404 Not Found.');
    }
    return new PromiseCtor((resolve, reject) => {
      const answer = () => {
        if (request.signal && request.signal.aborted) {
          reject(new global.DOMException('The user aborted a request.', 'AbortError'));
          return;
        }
        if (!route) { resolve(new Response('Not Found', { status: 404, url: request.url, headers: { 'content-type': 'text/plain' } })); return; }
        if (route.network_error) { reject(new TypeErrorCtor('Failed to fetch')); return; }
        const headers = { 'content-type': route.json !== undefined ? 'application/json' : 'text/plain' };
        const body = route.json !== undefined ? JSONStringify(route.json) : route.body;
        resolve(new Response(body, { status: route.status || 200, url: request.url, headers }));
      };
      const delay = route && route.delay_ms ? route.delay_ms : 0;
      if (delay > 0) setTimer(answer, delay); else PromiseCtor.resolve().then(answer);
    });
  }

  // Lets a test's fetch be aborted, as `AbortController` does in browsers.
  class AbortSignal {
    constructor() { this.aborted = false; this.reason = undefined; this.onabort = null; }
    throwIfAborted() { if (this.aborted) throw this.reason; }
    addEventListener(type, fn) { if (type === 'abort') this._listener = fn; }
    removeEventListener() { this._listener = undefined; }
  }
  class AbortController {
    constructor() { this.signal = new AbortSignal(); }
    abort(reason) {
      const s = this.signal;
      if (s.aborted) return;
      s.aborted = true;
      s.reason = reason === undefined ? new global.DOMException('This operation was aborted', 'AbortError') : reason;
      if (typeof s.onabort === 'function') s.onabort({ type: 'abort' });
      if (typeof s._listener === 'function') s._listener({ type: 'abort' });
    }
  }

  const api = { fetch, Response, Request, Headers, AbortController, AbortSignal };
  const names = ObjectKeys(api);
  for (let i = 0; i < names.length; i++) {
    ObjectDefineProperty(global, names[i], { value: api[names[i]], writable: true, configurable: true, enumerable: false });
  }
  return { requests: () => requests.slice() };
});

// The document model a page exercise's code runs against: nodes built from the exercise's HTML
// (parsed by the host with a browser's parsing rules), selectors, events with capture and
// bubbling, and form controls with their default actions. There is no layout: sizes are zero;
// style sheets and `getComputedStyle` are in style.js. Walks are iterative, so a deep page
// cannot exhaust the engine's stack.
(function (parseHtml, global, options) {
  'use strict';
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectCreate = Object.create;
  const ObjectKeys = Object.keys;
  const ArrayFrom = Array.from;
  const JSONParse = JSON.parse;
  const StringCtor = String;
  const ErrorCtor = Error;
  const TypeErrorCtor = TypeError;
  const ProxyCtor = Proxy;
  const Reflect_ = { get: Reflect.get };
  const DateNow = Date.now;
  const setTimer = global.setTimeout;
  const consoleRef = global.console;
  const I = Symbol('node');
  const push = (a, v) => { a[a.length] = v; };
  const hidden = (o, k, v) => ObjectDefineProperty(o, k, { value: v, writable: true, configurable: true, enumerable: false });

  // Counts changes to the tree, its attributes and texts, and events (which may change form
  // state), so style.js can keep computed styles until something changes.
  let changes = 0;

  class DOMException extends ErrorCtor {
    constructor(message, name) { super(message); this.name = name || 'Error'; }
  }

  // ------------------------------------------------------------------ events

  class Event {
    constructor(type, init) {
      if (arguments.length === 0) throw new TypeErrorCtor("Failed to construct 'Event': 1 argument required, but only 0 present.");
      init = init || {};
      this.type = StringCtor(type);
      this.bubbles = !!init.bubbles;
      this.cancelable = !!init.cancelable;
      this.composed = !!init.composed;
      this.target = null;
      this.currentTarget = null;
      this.eventPhase = 0;
      this.defaultPrevented = false;
      this.isTrusted = false;
      this.timeStamp = DateNow();
      hidden(this, I, { stop: false, stopNow: false, passive: false });
    }
    preventDefault() { if (this.cancelable && !this[I].passive) this.defaultPrevented = true; }
    stopPropagation() { this[I].stop = true; }
    stopImmediatePropagation() { this[I].stop = true; this[I].stopNow = true; }
    composedPath() { return this[I].path ? this[I].path.slice() : []; }
    get returnValue() { return !this.defaultPrevented; }
  }
  Event.NONE = 0; Event.CAPTURING_PHASE = 1; Event.AT_TARGET = 2; Event.BUBBLING_PHASE = 3;
  class CustomEvent extends Event {
    constructor(type, init) { super(type, init); this.detail = init && init.detail !== undefined ? init.detail : null; }
  }
  class UIEvent extends Event {
    constructor(type, init) { super(type, init); this.detail = (init && init.detail) || 0; this.view = null; }
  }
  const copy = (self, init, keys, fallback) => {
    for (let i = 0; i < keys.length; i++) self[keys[i]] = init && init[keys[i]] !== undefined ? init[keys[i]] : fallback;
  };
  class MouseEvent extends UIEvent {
    constructor(type, init) {
      super(type, init);
      copy(this, init, ['clientX', 'clientY', 'screenX', 'screenY', 'button', 'buttons'], 0);
      copy(this, init, ['altKey', 'ctrlKey', 'metaKey', 'shiftKey'], false);
      this.relatedTarget = (init && init.relatedTarget) || null;
    }
  }
  class KeyboardEvent extends UIEvent {
    constructor(type, init) {
      super(type, init);
      copy(this, init, ['key', 'code'], '');
      copy(this, init, ['altKey', 'ctrlKey', 'metaKey', 'shiftKey', 'repeat'], false);
    }
  }
  class InputEvent extends UIEvent {
    constructor(type, init) {
      super(type, init);
      this.data = init && init.data !== undefined ? init.data : null;
      this.inputType = (init && init.inputType) || '';
    }
  }
  class FocusEvent extends UIEvent {
    constructor(type, init) { super(type, init); this.relatedTarget = (init && init.relatedTarget) || null; }
  }
  class SubmitEvent extends Event {
    constructor(type, init) { super(type, init); this.submitter = (init && init.submitter) || null; }
  }

  // Listeners of every target, the window's included (the global object is not a node).
  const listenersOf = (target) => {
    const own = target === global ? windowState : target[I];
    if (!own.listeners) own.listeners = ObjectCreate(null);
    return own.listeners;
  };
  const windowState = { listeners: null };

  function addEventListener(type, listener, opts) {
    if (listener === null || listener === undefined) return;
    const capture = typeof opts === 'boolean' ? opts : !!(opts && opts.capture);
    const once = !!(opts && typeof opts === 'object' && opts.once);
    const passive = !!(opts && typeof opts === 'object' && opts.passive);
    const all = listenersOf(this);
    const list = all[type] || (all[type] = []);
    for (let i = 0; i < list.length; i++) if (list[i].listener === listener && list[i].capture === capture) return;
    push(list, { listener, capture, once, passive, removed: false });
  }
  function removeEventListener(type, listener, opts) {
    const capture = typeof opts === 'boolean' ? opts : !!(opts && opts.capture);
    const list = listenersOf(this)[type];
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      if (list[i].listener === listener && list[i].capture === capture) {
        list[i].removed = true;
        list.splice(i, 1);
        return;
      }
    }
  }

  function parentTarget(t) {
    if (t === global) return null;
    if (t instanceof Document) return global;
    return t[I].parent;
  }

  function invoke(target, event, phase) {
    const list = listenersOf(target)[event.type];
    const handlerProp = target === global ? windowState['on' + event.type] : target[I] && target[I].handlers && target[I].handlers['on' + event.type];
    event.currentTarget = target;
    event.eventPhase = phase;
    if (list) {
      const snapshot = list.slice();
      for (let i = 0; i < snapshot.length; i++) {
        const l = snapshot[i];
        if (l.removed) continue;
        if (phase === 1 && !l.capture) continue;
        if (phase === 3 && l.capture) continue;
        if (l.once) removeEventListener.call(target, event.type, l.listener, l.capture);
        event[I].passive = l.passive;
        callListener(l.listener, target, event);
        event[I].passive = false;
        if (event[I].stopNow) return;
      }
    }
    if (typeof handlerProp === 'function' && phase !== 1) {
      const result = callListener(handlerProp, target, event);
      if (result === false) event.preventDefault();
    }
  }

  // A listener that throws does not stop the others, as in a browser; the error is reported.
  function callListener(listener, target, event) {
    try {
      if (typeof listener === 'function') return listener.call(target, event);
      if (listener && typeof listener.handleEvent === 'function') return listener.handleEvent(event);
    } catch (error) {
      const name = error && error.name ? error.name : 'Error';
      const message = error && error.message !== undefined ? error.message : StringCtor(error);
      consoleRef.error('Uncaught ' + name + ' in a "' + event.type + '" listener: ' + message);
    }
    return undefined;
  }

  function dispatchEvent(event) {
    changes++;
    if (!(event instanceof Event)) throw new TypeErrorCtor("Failed to execute 'dispatchEvent': parameter 1 is not of type 'Event'.");
    const path = [];
    for (let t = parentTarget(this); t; t = parentTarget(t)) push(path, t);
    event.target = this;
    event[I].path = [this].concat(path);
    event[I].stop = false;
    event[I].stopNow = false;
    for (let i = path.length - 1; i >= 0 && !event[I].stop; i--) invoke(path[i], event, 1);
    if (!event[I].stop) invoke(this, event, 2);
    if (event.bubbles) for (let i = 0; i < path.length && !event[I].stop; i++) invoke(path[i], event, 3);
    event.currentTarget = null;
    event.eventPhase = 0;
    return !event.defaultPrevented;
  }

  class EventTarget {
    addEventListener(type, listener, opts) { addEventListener.call(this, type, listener, opts); }
    removeEventListener(type, listener, opts) { removeEventListener.call(this, type, listener, opts); }
    dispatchEvent(event) { return dispatchEvent.call(this, event); }
  }

  // `onclick = …` and friends: one handler per event type, beside the listeners.
  const HANDLER_EVENTS = ['click', 'dblclick', 'input', 'change', 'submit', 'reset', 'keydown', 'keyup', 'keypress',
    'focus', 'blur', 'load', 'mouseover', 'mouseout', 'mouseenter', 'mouseleave', 'mousedown', 'mouseup', 'invalid', 'scroll', 'resize'];
  function defineHandlers(proto, stateOf) {
    for (let i = 0; i < HANDLER_EVENTS.length; i++) {
      const name = 'on' + HANDLER_EVENTS[i];
      ObjectDefineProperty(proto, name, {
        get() { const s = stateOf(this); return (s.handlers && s.handlers[name]) || null; },
        set(fn) { const s = stateOf(this); if (!s.handlers) s.handlers = ObjectCreate(null); s.handlers[name] = typeof fn === 'function' ? fn : null; },
        configurable: true,
      });
    }
  }

  // ------------------------------------------------------------------ nodes

  const VOID = { area: 1, base: 1, br: 1, col: 1, embed: 1, hr: 1, img: 1, input: 1, link: 1, meta: 1, source: 1, track: 1, wbr: 1 };
  const RAW_TEXT = { script: 1, style: 1 };

  class Node extends EventTarget {
    constructor() { super(); throw new TypeErrorCtor('Illegal constructor'); }
    get parentNode() { return this[I].parent; }
    get parentElement() { const p = this[I].parent; return p instanceof Element ? p : null; }
    get childNodes() { const s = this[I]; return s.childNodes || (s.childNodes = liveNodeList(() => s.children)); }
    get firstChild() { const c = this[I].children; return c.length ? c[0] : null; }
    get lastChild() { const c = this[I].children; return c.length ? c[c.length - 1] : null; }
    get nextSibling() { return sibling(this, 1, false); }
    get previousSibling() { return sibling(this, -1, false); }
    get ownerDocument() { return this instanceof Document ? null : document; }
    get isConnected() { return rootOf(this) === document; }
    hasChildNodes() { return this[I].children.length > 0; }
    get textContent() {
      if (this instanceof Text || this instanceof Comment) return this[I].data;
      if (this instanceof Document) return null;
      let s = '';
      walk(this, (n) => { if (n instanceof Text) s += n[I].data; });
      return s;
    }
    set textContent(value) {
      if (this instanceof Text || this instanceof Comment) { changes++; this[I].data = value === null ? '' : StringCtor(value); return; }
      removeAll(this);
      const text = value === null || value === undefined ? '' : StringCtor(value);
      if (text !== '') insert(this, document.createTextNode(text), null);
    }
    get nodeValue() { return this instanceof Text || this instanceof Comment ? this[I].data : null; }
    set nodeValue(v) { if (this instanceof Text || this instanceof Comment) { changes++; this[I].data = StringCtor(v); } }
    appendChild(node) { return insert(this, node, null); }
    insertBefore(node, ref) { return insert(this, node, ref === undefined ? null : ref); }
    removeChild(node) {
      if (!node || node[I] === undefined || node[I].parent !== this) {
        throw new DOMException("Failed to execute 'removeChild' on 'Node': The node to be removed is not a child of this node.", 'NotFoundError');
      }
      detach(node);
      return node;
    }
    replaceChild(node, old) {
      if (!old || old[I].parent !== this) throw new DOMException("Failed to execute 'replaceChild' on 'Node': The node to be replaced is not a child of this node.", 'NotFoundError');
      insert(this, node, old);
      detach(old);
      return old;
    }
    contains(other) {
      for (let n = other; n; n = n[I].parent) if (n === this) return true;
      return false;
    }
    cloneNode(deep) { return clone(this, !!deep); }
    isEqualNode(other) { return other instanceof Node && serialize(this, true) === serialize(other, true); }
  }
  Node.ELEMENT_NODE = 1; Node.TEXT_NODE = 3; Node.COMMENT_NODE = 8; Node.DOCUMENT_NODE = 9; Node.DOCUMENT_TYPE_NODE = 10; Node.DOCUMENT_FRAGMENT_NODE = 11;

  // `<!DOCTYPE html>`, the document's first child when the page starts with it.
  class DocumentType extends Node {
    get nodeType() { return 10; }
    get nodeName() { return this[I].name; }
    get name() { return this[I].name; }
    get publicId() { return ''; }
    get systemId() { return ''; }
    remove() { detach(this); }
  }

  function make(proto, state) {
    const n = ObjectCreate(proto);
    state.parent = null;
    state.children = state.children || [];
    hidden(n, I, state);
    return n;
  }

  // NodeList and HTMLCollection, as browsers have them: indexable and iterable, with `item`,
  // but without array methods (a NodeList has `forEach`; a collection has not). `read` gives the
  // current items: a live list (childNodes, children) reads the tree on every access.
  class NodeList {
    constructor() { throw new TypeErrorCtor('Illegal constructor'); }
    get length() { return this[I]().length; }
    item(i) { const a = this[I](); return a[i] === undefined ? null : a[i]; }
    forEach(fn, self) { const a = this[I](); for (let i = 0; i < a.length; i++) fn.call(self, a[i], i, this); }
    entries() { return this[I]().entries(); }
    keys() { return this[I]().keys(); }
    values() { return this[I]().values(); }
    [Symbol.iterator]() { return this[I]()[Symbol.iterator](); }
    get [Symbol.toStringTag]() { return 'NodeList'; }
  }
  class HTMLCollection {
    constructor() { throw new TypeErrorCtor('Illegal constructor'); }
    get length() { return this[I]().length; }
    item(i) { const a = this[I](); return a[i] === undefined ? null : a[i]; }
    namedItem(name) {
      const n = StringCtor(name);
      return this[I]().find((el) => attr(el, 'id') === n || attr(el, 'name') === n) || null;
    }
    [Symbol.iterator]() { return this[I]()[Symbol.iterator](); }
    get [Symbol.toStringTag]() { return 'HTMLCollection'; }
  }
  const isIndex = (key) => typeof key === 'string' && /^(0|[1-9]\d*)$/.test(key);
  // Objects of the page model that print as a browser's console shows them.
  const PRINTABLE = new WeakMap();
  function listOf(proto, read) {
    const target = ObjectCreate(proto);
    hidden(target, I, read);
    const list = new ProxyCtor(target, {
      get: (t, key) => {
        if (isIndex(key)) return read()[key];
        if (proto === HTMLCollection.prototype && typeof key === 'string' && !(key in t)) {
          return t.namedItem(key) || undefined;
        }
        return Reflect_.get(t, key, t);
      },
      has: (t, key) => (isIndex(key) ? Number(key) < read().length : key in t),
      ownKeys: () => read().map((_, i) => StringCtor(i)),
      getOwnPropertyDescriptor: (t, key) => {
        if (!isIndex(key) || Number(key) >= read().length) return undefined;
        return { value: read()[key], writable: false, enumerable: true, configurable: true };
      },
      set: () => true,
      defineProperty: () => true,
      deleteProperty: () => true,
    });
    PRINTABLE.set(list, () => {
      const items = read();
      const name = proto === NodeList.prototype ? 'NodeList' : 'HTMLCollection';
      return name + '(' + items.length + ') [' + items.map(short).join(', ') + ']';
    });
    return list;
  }
  const nodeList = (items) => listOf(NodeList.prototype, () => items);
  const liveNodeList = (read) => listOf(NodeList.prototype, read);
  const collection = (read) => listOf(HTMLCollection.prototype, read);

  function sibling(node, step, elementsOnly) {
    const p = node[I].parent;
    if (!p) return null;
    const list = p[I].children;
    for (let i = list.indexOf(node) + step; i >= 0 && i < list.length; i += step) {
      if (!elementsOnly || list[i] instanceof Element) return list[i];
    }
    return null;
  }

  function rootOf(node) {
    let n = node;
    while (n[I].parent) n = n[I].parent;
    return n;
  }

  // Depth-first, document order, without recursion.
  function walk(root, visit) {
    const stack = [];
    const kids = root[I].children;
    for (let i = kids.length - 1; i >= 0; i--) push(stack, kids[i]);
    while (stack.length) {
      const n = stack.pop();
      if (visit(n) === false) return;
      const c = n[I].children;
      for (let i = c.length - 1; i >= 0; i--) push(stack, c[i]);
    }
  }

  function toNode(value) {
    if (value && value[I] !== undefined) return value;
    return document.createTextNode(value === undefined ? 'undefined' : value === null ? 'null' : StringCtor(value));
  }

  function insert(parent, node, ref) {
    if (!node || node[I] === undefined) {
      throw new TypeErrorCtor("Failed to execute 'appendChild' on 'Node': parameter 1 is not of type 'Node'.");
    }
    if (node.contains(parent)) {
      throw new DOMException("Failed to execute 'appendChild' on 'Node': The new child element contains the parent.", 'HierarchyRequestError');
    }
    if (ref !== null && (!ref || ref[I] === undefined || ref[I].parent !== parent)) {
      throw new DOMException("Failed to execute 'insertBefore' on 'Node': The node before which the new node is to be inserted is not a child of this node.", 'NotFoundError');
    }
    const nodes = node instanceof DocumentFragment ? node[I].children.slice() : [node];
    changes++;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      if (n === ref) continue;
      detach(n);
      const list = parent[I].children;
      const at = ref === null ? list.length : list.indexOf(ref);
      list.splice(at, 0, n);
      n[I].parent = parent;
    }
    return node;
  }

  function detach(node) {
    const p = node[I].parent;
    if (!p) return;
    changes++;
    const list = p[I].children;
    const at = list.indexOf(node);
    if (at >= 0) list.splice(at, 1);
    node[I].parent = null;
    if (pageState.active === node || (pageState.active && node.contains(pageState.active))) pageState.active = null;
  }

  function removeAll(parent) {
    const kids = parent[I].children.slice();
    for (let i = 0; i < kids.length; i++) detach(kids[i]);
  }

  function clone(node, deep) {
    const s = node[I];
    let copy;
    if (node instanceof Text) copy = document.createTextNode(s.data);
    else if (node instanceof Comment) copy = document.createComment(s.data);
    else if (node instanceof DocumentFragment) copy = document.createDocumentFragment();
    else if (node instanceof DocumentType) copy = make(DocumentType.prototype, { name: s.name });
    else if (node instanceof Element) {
      copy = createElement(s.tag);
      for (let i = 0; i < s.attrs.length; i++) push(copy[I].attrs, [s.attrs[i][0], s.attrs[i][1]]);
      if (s.value !== undefined) copy[I].value = s.value;
      if (s.checked !== undefined) copy[I].checked = s.checked;
    } else throw new DOMException('This node cannot be cloned.', 'NotSupportedError');
    if (deep) {
      const pairs = [[node, copy]];
      while (pairs.length) {
        const pair = pairs.pop();
        const kids = pair[0][I].children;
        for (let i = 0; i < kids.length; i++) {
          const c = clone(kids[i], false);
          insert(pair[1], c, null);
          push(pairs, [kids[i], c]);
        }
      }
    }
    return copy;
  }

  class CharacterData extends Node {
    get data() { return this[I].data; }
    set data(v) { changes++; this[I].data = StringCtor(v); }
    get length() { return this[I].data.length; }
    remove() { detach(this); }
  }
  class Text extends CharacterData {
    get nodeType() { return 3; }
    get nodeName() { return '#text'; }
    get wholeText() { return this[I].data; }
  }
  class Comment extends CharacterData {
    get nodeType() { return 8; }
    get nodeName() { return '#comment'; }
  }

  // Methods shared by elements, fragments and the document.
  class ParentNode extends Node {
    get children() {
      const s = this[I];
      return s.elementChildren || (s.elementChildren = collection(() => s.children.filter((c) => c instanceof Element)));
    }
    get childElementCount() { return elementChildrenOf(this).length; }
    get firstElementChild() { const c = elementChildrenOf(this); return c.length ? c[0] : null; }
    get lastElementChild() { const c = elementChildrenOf(this); return c.length ? c[c.length - 1] : null; }
    append(...nodes) { for (let i = 0; i < nodes.length; i++) insert(this, toNode(nodes[i]), null); }
    prepend(...nodes) {
      const first = this[I].children[0] || null;
      for (let i = 0; i < nodes.length; i++) insert(this, toNode(nodes[i]), first);
    }
    replaceChildren(...nodes) { removeAll(this); this.append(...nodes); }
    querySelector(selector) {
      const match = compile(selector, 'querySelector');
      let found = null;
      walk(this, (n) => { if (n instanceof Element && match(n, this)) { found = n; return false; } return true; });
      return found;
    }
    querySelectorAll(selector) {
      const match = compile(selector, 'querySelectorAll');
      const found = [];
      walk(this, (n) => { if (n instanceof Element && match(n, this)) push(found, n); });
      return nodeList(found);
    }
    getElementsByTagName(tag) {
      const t = StringCtor(tag).toLowerCase();
      return collection(() => {
        const found = [];
        walk(this, (n) => { if (n instanceof Element && (t === '*' || n[I].tag === t)) push(found, n); });
        return found;
      });
    }
    getElementsByClassName(names) {
      const list = StringCtor(names).trim().split(/\s+/).filter(Boolean);
      return collection(() => {
        const found = [];
        if (!list.length) return found;
        walk(this, (n) => {
          if (n instanceof Element) {
            const own = classesOf(n);
            if (list.every((c) => own.indexOf(c) >= 0)) push(found, n);
          }
        });
        return found;
      });
    }
  }

  const elementChildrenOf = (node) => node[I].children.filter((c) => c instanceof Element);

  class DocumentFragment extends ParentNode {
    get nodeType() { return 11; }
    get nodeName() { return '#document-fragment'; }
    getElementById(id) { return byId(this, id); }
  }

  function byId(root, id) {
    let found = null;
    const want = StringCtor(id);
    walk(root, (n) => { if (n instanceof Element && n.getAttribute('id') === want) { found = n; return false; } return true; });
    return found;
  }

  // ------------------------------------------------------------------ elements

  const attr = (el, name) => {
    const attrs = el[I].attrs;
    for (let i = 0; i < attrs.length; i++) if (attrs[i][0] === name) return attrs[i][1];
    return null;
  };
  function setAttr(el, name, value) {
    const attrs = el[I].attrs;
    const v = StringCtor(value);
    changes++;
    for (let i = 0; i < attrs.length; i++) if (attrs[i][0] === name) { attrs[i][1] = v; return; }
    push(attrs, [name, v]);
  }
  function removeAttr(el, name) {
    const attrs = el[I].attrs;
    changes++;
    for (let i = 0; i < attrs.length; i++) if (attrs[i][0] === name) { attrs.splice(i, 1); return; }
  }
  const classesOf = (el) => (attr(el, 'class') || '').split(/\s+/).filter(Boolean);
  const lowerName = (name) => StringCtor(name).toLowerCase();

  class Element extends ParentNode {
    get nodeType() { return 1; }
    get nodeName() { return this.tagName; }
    get tagName() { return this[I].tag.toUpperCase(); }
    get localName() { return this[I].tag; }
    get id() { return attr(this, 'id') || ''; }
    set id(v) { setAttr(this, 'id', v); }
    get className() { return attr(this, 'class') || ''; }
    set className(v) { setAttr(this, 'class', v); }
    get classList() { return this[I].classList || (this[I].classList = tokenList(this, 'class')); }
    get attributes() {
      const list = this[I].attrs.map((a) => ({ name: a[0], value: a[1], localName: a[0] }));
      for (let i = 0; i < list.length; i++) hidden(list, list[i].name, list[i]);
      hidden(list, 'getNamedItem', (n) => list.find((a) => a.name === lowerName(n)) || null);
      hidden(list, 'item', (i) => list[i] || null);
      return list;
    }
    getAttribute(name) { return attr(this, lowerName(name)); }
    setAttribute(name, value) {
      const n = lowerName(name);
      if (!/^[^\s"'>/=]+$/.test(n)) throw new DOMException("Failed to execute 'setAttribute' on 'Element': '" + name + "' is not a valid attribute name.", 'InvalidCharacterError');
      setAttr(this, n, value);
    }
    hasAttribute(name) { return attr(this, lowerName(name)) !== null; }
    removeAttribute(name) { removeAttr(this, lowerName(name)); }
    toggleAttribute(name, force) {
      const n = lowerName(name);
      const has = attr(this, n) !== null;
      const want = force === undefined ? !has : !!force;
      if (want && !has) setAttr(this, n, '');
      if (!want && has) removeAttr(this, n);
      return want;
    }
    getAttributeNames() { return this[I].attrs.map((a) => a[0]); }
    hasAttributes() { return this[I].attrs.length > 0; }
    get nextElementSibling() { return sibling(this, 1, true); }
    get previousElementSibling() { return sibling(this, -1, true); }
    get innerHTML() { return serialize(this, false); }
    set innerHTML(html) {
      removeAll(this);
      insert(this, fragmentFrom(html, this[I].tag), null);
    }
    get outerHTML() { return serialize(this, true); }
    set outerHTML(html) {
      const p = this[I].parent;
      if (!p) return;
      insert(p, fragmentFrom(html, p instanceof Element ? p[I].tag : 'body'), this);
      detach(this);
    }
    insertAdjacentHTML(position, html) {
      const context = position === 'beforebegin' || position === 'afterend' ? this[I].parent : this;
      adjacent(this, position, fragmentFrom(html, context instanceof Element ? context[I].tag : 'body'));
    }
    insertAdjacentElement(position, el) { adjacent(this, position, el); return el; }
    insertAdjacentText(position, text) { adjacent(this, position, document.createTextNode(text)); }
    before(...nodes) { const p = this[I].parent; if (p) for (let i = 0; i < nodes.length; i++) insert(p, toNode(nodes[i]), this); }
    after(...nodes) {
      const p = this[I].parent;
      if (!p) return;
      const next = this.nextSibling;
      for (let i = 0; i < nodes.length; i++) insert(p, toNode(nodes[i]), next);
    }
    replaceWith(...nodes) { const p = this[I].parent; if (p) { this.before(...nodes); detach(this); } }
    remove() { detach(this); }
    matches(selector) { return compile(selector, 'matches')(this, null); }
    closest(selector) {
      const match = compile(selector, 'closest');
      for (let n = this; n instanceof Element; n = n[I].parent) if (match(n, null)) return n;
      return null;
    }
    getBoundingClientRect() { return { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0 }; }
    scrollIntoView() {}
  }

  function adjacent(el, position, node) {
    switch (StringCtor(position).toLowerCase()) {
      case 'beforebegin': if (el[I].parent) insert(el[I].parent, node, el); break;
      case 'afterbegin': insert(el, node, el[I].children[0] || null); break;
      case 'beforeend': insert(el, node, null); break;
      case 'afterend': if (el[I].parent) insert(el[I].parent, node, el.nextSibling); break;
      default: throw new DOMException("Failed to execute 'insertAdjacent' on 'Element': The value provided ('" + position + "') is not one of 'beforeBegin', 'afterBegin', 'beforeEnd', or 'afterEnd'.", 'SyntaxError');
    }
  }

  // A class list or similar token set, live over one attribute.
  function tokenList(el, name) {
    const read = () => (attr(el, name) || '').split(/\s+/).filter(Boolean);
    const write = (tokens) => setAttr(el, name, tokens.join(' '));
    const check = (t) => {
      const s = StringCtor(t);
      if (s === '') throw new DOMException("Failed to execute 'add' on 'DOMTokenList': The token provided must not be empty.", 'SyntaxError');
      if (/\s/.test(s)) throw new DOMException("Failed to execute 'add' on 'DOMTokenList': The token provided ('" + s + "') contains HTML space characters, which are not valid in tokens.", 'InvalidCharacterError');
      return s;
    };
    const list = {
      add(...tokens) { const t = read(); for (let i = 0; i < tokens.length; i++) { const s = check(tokens[i]); if (t.indexOf(s) < 0) push(t, s); } write(t); },
      remove(...tokens) { let t = read(); for (let i = 0; i < tokens.length; i++) { const s = check(tokens[i]); t = t.filter((x) => x !== s); } write(t); },
      contains(token) { return read().indexOf(StringCtor(token)) >= 0; },
      toggle(token, force) {
        const s = check(token);
        const has = read().indexOf(s) >= 0;
        const want = force === undefined ? !has : !!force;
        if (want && !has) list.add(s);
        if (!want && has) list.remove(s);
        return want;
      },
      replace(oldToken, newToken) {
        const t = read();
        const at = t.indexOf(StringCtor(oldToken));
        if (at < 0) return false;
        t[at] = check(newToken);
        write(t.filter((x, i) => t.indexOf(x) === i));
        return true;
      },
      item(i) { const t = read(); return t[i] === undefined ? null : t[i]; },
      forEach(fn, self) { read().forEach((t, i) => fn.call(self, t, i, list)); },
      entries() { return read().entries(); },
      keys() { return read().keys(); },
      values() { return read().values(); },
      toString() { return attr(el, name) || ''; },
      [Symbol.iterator]() { return read()[Symbol.iterator](); },
    };
    ObjectDefineProperty(list, 'length', { get: () => read().length });
    ObjectDefineProperty(list, 'value', { get: () => attr(el, name) || '', set: (v) => setAttr(el, name, v) });
    ObjectDefineProperty(list, Symbol.toStringTag, { value: 'DOMTokenList' });
    for (const key of ObjectKeys(list)) ObjectDefineProperty(list, key, { enumerable: false });
    PRINTABLE.set(list, () => 'DOMTokenList(' + read().length + ') [' + read().map((t) => JSON.stringify(t)).join(', ') + ']');
    return list;
  }

  const camelToKebab = (s) => StringCtor(s).replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
  const kebabToCamel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

  // `el.dataset.userId` is the attribute `data-user-id`.
  function dataset(el) {
    const map = new ProxyCtor(ObjectCreate(null), {
      get: (_, key) => typeof key === 'string' ? (attr(el, 'data-' + camelToKebab(key)) ?? undefined) : undefined,
      set: (_, key, value) => { setAttr(el, 'data-' + camelToKebab(key), value); return true; },
      has: (_, key) => typeof key === 'string' && attr(el, 'data-' + camelToKebab(key)) !== null,
      deleteProperty: (_, key) => { removeAttr(el, 'data-' + camelToKebab(key)); return true; },
      ownKeys: () => el[I].attrs.filter((a) => a[0].indexOf('data-') === 0).map((a) => kebabToCamel(a[0].slice(5))),
      getOwnPropertyDescriptor: (_, key) => {
        const v = typeof key === 'string' ? attr(el, 'data-' + camelToKebab(key)) : null;
        return v === null ? undefined : { value: v, writable: true, enumerable: true, configurable: true };
      },
    });
    PRINTABLE.set(map, () => 'DOMStringMap {' + el[I].attrs.filter((a) => a[0].indexOf('data-') === 0)
      .map((a) => kebabToCamel(a[0].slice(5)) + ': ' + JSON.stringify(a[1])).join(', ') + '}');
    return map;
  }

  // The inline style, read from and written to the `style` attribute.
  function parseStyle(text) {
    const out = [];
    const parts = (text || '').split(';');
    for (let i = 0; i < parts.length; i++) {
      const at = parts[i].indexOf(':');
      if (at < 0) continue;
      const name = parts[i].slice(0, at).trim().toLowerCase();
      const value = parts[i].slice(at + 1).trim();
      if (name && value) push(out, [name, value]);
    }
    return out;
  }
  function styleDeclaration(el) {
    const read = () => parseStyle(attr(el, 'style'));
    const write = (decls) => {
      if (decls.length) setAttr(el, 'style', decls.map((d) => d[0] + ': ' + d[1] + ';').join(' '));
      else removeAttr(el, 'style');
    };
    const get = (name) => { const d = read().find((x) => x[0] === name); return d ? d[1] : ''; };
    const set = (name, value) => {
      const decls = read().filter((x) => x[0] !== name);
      const v = value === null || value === undefined ? '' : StringCtor(value).trim();
      if (v !== '') {
        const old = read().findIndex((x) => x[0] === name);
        if (old >= 0) decls.splice(old, 0, [name, v]); else push(decls, [name, v]);
      }
      write(decls);
    };
    const methods = {
      getPropertyValue: (name) => get(StringCtor(name).toLowerCase()),
      setProperty: (name, value) => set(StringCtor(name).toLowerCase(), value),
      removeProperty: (name) => { const old = get(StringCtor(name).toLowerCase()); set(StringCtor(name).toLowerCase(), ''); return old; },
      item: (i) => { const d = read()[i]; return d ? d[0] : ''; },
    };
    const declaration = new ProxyCtor(ObjectCreate(null), {
      get: (_, key) => {
        if (typeof key !== 'string') return undefined;
        if (key === 'cssText') return attr(el, 'style') || '';
        if (key === 'length') return read().length;
        if (methods[key]) return methods[key];
        return get(key.indexOf('-') >= 0 ? key : camelToKebab(key));
      },
      set: (_, key, value) => {
        if (key === 'cssText') { write(parseStyle(StringCtor(value))); return true; }
        if (typeof key === 'string') set(key.indexOf('-') >= 0 ? key : camelToKebab(key), value);
        return true;
      },
      ownKeys: () => read().map((d) => kebabToCamel(d[0])),
      getOwnPropertyDescriptor: (_, key) => {
        const v = typeof key === 'string' ? get(camelToKebab(key)) : '';
        return v === '' ? undefined : { value: v, writable: true, enumerable: true, configurable: true };
      },
    });
    PRINTABLE.set(declaration, () => 'CSSStyleDeclaration {' + read().map((d) => kebabToCamel(d[0]) + ': ' + JSON.stringify(d[1])).join(', ') + '}');
    return declaration;
  }

  const boolAttr = (name) => ({
    get() { return attr(this, name) !== null; },
    set(v) { if (v) setAttr(this, name, ''); else removeAttr(this, name); },
    configurable: true,
  });
  const stringAttr = (name, fallback) => ({
    get() { const v = attr(this, name); return v === null ? (fallback || '') : v; },
    set(v) { setAttr(this, name, v); },
    configurable: true,
  });
  const numberAttr = (name, fallback) => ({
    get() { const v = parseInt(attr(this, name), 10); return v === v ? v : fallback; },
    set(v) { setAttr(this, name, StringCtor(Math.trunc(Number(v)) || 0)); },
    configurable: true,
  });

  class HTMLElement extends Element {
    get dataset() { return this[I].dataset || (this[I].dataset = dataset(this)); }
    get style() { return this[I].style || (this[I].style = styleDeclaration(this)); }
    set style(v) { setAttr(this, 'style', v); }
    get innerText() { return this.textContent; }
    set innerText(v) { this.textContent = v; }
    get outerText() { return this.textContent; }
    focus() { focus(this); }
    blur() { if (pageState.active === this) focus(null); }
    click() {
      if (isDisabled(this)) return;
      activate(this, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1 }));
    }
    get [Symbol.toStringTag]() { const C = TAG_CLASSES[this[I].tag]; return C ? C.name : 'HTMLElement'; }
    get offsetWidth() { return 0; }
    get offsetHeight() { return 0; }
  }
  const REFLECTED_STRINGS = ['title', 'lang', 'dir', 'name', 'placeholder', 'alt', 'rel', 'target', 'htmlFor:for', 'autocomplete',
    'pattern', 'accept', 'enctype', 'download', 'inputMode:inputmode', 'wrap', 'label', 'scope', 'abbr', 'role', 'ariaLabel:aria-label',
    'content', 'httpEquiv:http-equiv', 'charset', 'media', 'sizes', 'srcset', 'loading', 'referrerPolicy:referrerpolicy'];
  for (let i = 0; i < REFLECTED_STRINGS.length; i++) {
    const parts = REFLECTED_STRINGS[i].split(':');
    ObjectDefineProperty(HTMLElement.prototype, parts[0], stringAttr(parts[1] || parts[0]));
  }
  const REFLECTED_BOOLS = ['hidden', 'disabled', 'required', 'readOnly:readonly', 'multiple', 'autofocus', 'noValidate:novalidate', 'open', 'defaultChecked:checked', 'defaultSelected:selected'];
  for (let i = 0; i < REFLECTED_BOOLS.length; i++) {
    const parts = REFLECTED_BOOLS[i].split(':');
    ObjectDefineProperty(HTMLElement.prototype, parts[0], boolAttr(parts[1] || parts[0]));
  }
  // Controls and links are in the tab order without a tabindex; other elements are not.
  ObjectDefineProperty(HTMLElement.prototype, 'tabIndex', {
    get() {
      const v = parseInt(attr(this, 'tabindex'), 10);
      if (v === v) return v;
      const tag = this[I].tag;
      const focusable = ['button', 'input', 'select', 'textarea', 'summary', 'iframe'].indexOf(tag) >= 0 ||
        ((tag === 'a' || tag === 'area') && attr(this, 'href') !== null);
      return focusable ? 0 : -1;
    },
    set(v) { setAttr(this, 'tabindex', StringCtor(Math.trunc(Number(v)) || 0)); },
    configurable: true,
  });
  ObjectDefineProperty(HTMLElement.prototype, 'maxLength', numberAttr('maxlength', -1));
  ObjectDefineProperty(HTMLElement.prototype, 'minLength', numberAttr('minlength', -1));
  ObjectDefineProperty(HTMLElement.prototype, 'rows', numberAttr('rows', 2));
  ObjectDefineProperty(HTMLElement.prototype, 'cols', numberAttr('cols', 20));
  ObjectDefineProperty(HTMLElement.prototype, 'min', stringAttr('min'));
  ObjectDefineProperty(HTMLElement.prototype, 'max', stringAttr('max'));
  ObjectDefineProperty(HTMLElement.prototype, 'step', stringAttr('step'));
  ObjectDefineProperty(HTMLElement.prototype, 'defaultValue', {
    get() { return this[I].tag === 'textarea' ? this.textContent : (attr(this, 'value') || ''); },
    set(v) { if (this[I].tag === 'textarea') this.textContent = v; else setAttr(this, 'value', v); },
  });
  // Properties that hold an address read as an absolute URL, resolved against the page's.
  const URL_PROPERTIES = ['href', 'src', 'action', 'formAction:formaction', 'cite', 'poster'];
  for (let i = 0; i < URL_PROPERTIES.length; i++) {
    const parts = URL_PROPERTIES[i].split(':');
    const name = parts[1] || parts[0];
    ObjectDefineProperty(HTMLElement.prototype, parts[0], {
      get() {
        const v = attr(this, name);
        if (v === null) return name === 'action' && this[I].tag === 'form' ? pageState.location.href : '';
        try { return new global.URL(v, pageState.location.href).href; } catch (_) { return v; }
      },
      set(v) { setAttr(this, name, v); },
      configurable: true,
    });
  }
  defineHandlers(HTMLElement.prototype, (el) => el[I]);

  // ------------------------------------------------------------------ form controls

  const controlType = (el) => {
    const t = (attr(el, 'type') || '').toLowerCase();
    if (el[I].tag === 'button') return t === 'button' || t === 'reset' ? t : 'submit';
    if (el[I].tag !== 'input') return el[I].tag;
    return ['checkbox', 'radio', 'submit', 'reset', 'button', 'number', 'email', 'password', 'hidden', 'range', 'date',
      'color', 'file', 'search', 'tel', 'url', 'time', 'month', 'week', 'datetime-local', 'image'].indexOf(t) >= 0 ? t : 'text';
  };
  const isCheckable = (el) => el[I].tag === 'input' && (controlType(el) === 'checkbox' || controlType(el) === 'radio');
  function isDisabled(el) {
    if (!(el instanceof Element)) return false;
    if (['button', 'input', 'select', 'textarea', 'option', 'fieldset', 'optgroup'].indexOf(el[I].tag) < 0) return false;
    for (let n = el; n instanceof Element; n = n[I].parent) {
      if (attr(n, 'disabled') !== null && (n === el || n[I].tag === 'fieldset' || n[I].tag === 'optgroup')) return true;
    }
    return false;
  }
  const optionsOf = (select) => {
    const out = [];
    walk(select, (n) => { if (n instanceof Element && n[I].tag === 'option') push(out, n); });
    return out;
  };
  const optionValue = (o) => { const v = attr(o, 'value'); return v !== null ? v : o.textContent.replace(/\s+/g, ' ').trim(); };
  function optionSelected(o) {
    if (o[I].selected !== undefined) return o[I].selected;
    return attr(o, 'selected') !== null;
  }
  function selectedOptions(select) {
    const opts = optionsOf(select);
    const chosen = opts.filter(optionSelected);
    if (attr(select, 'multiple') !== null) return chosen;
    if (chosen.length) return [chosen[chosen.length - 1]];
    const first = opts.find((o) => !isDisabled(o));
    return first ? [first] : [];
  }
  function selectOption(select, option) {
    const opts = optionsOf(select);
    if (attr(select, 'multiple') === null) for (let i = 0; i < opts.length; i++) opts[i][I].selected = false;
    if (option) option[I].selected = true;
  }
  const selectOf = (option) => {
    for (let n = option[I].parent; n instanceof Element; n = n[I].parent) if (n[I].tag === 'select') return n;
    return null;
  };

  ObjectDefineProperty(HTMLElement.prototype, 'type', {
    get() {
      const tag = this[I].tag;
      if (tag === 'input' || tag === 'button') return controlType(this);
      if (tag === 'select') return attr(this, 'multiple') !== null ? 'select-multiple' : 'select-one';
      if (tag === 'textarea') return 'textarea';
      return attr(this, 'type') || '';
    },
    set(v) { setAttr(this, 'type', v); },
  });
  // A browser's value sanitization: a one-line field never holds a line break, and an email or
  // URL field drops the spaces around what was typed, so the page never sees them.
  function sanitized(type, value) {
    if (['text', 'search', 'tel', 'password', 'email', 'url'].indexOf(type) < 0) return value;
    const oneLine = value.replace(/[\r\n]/g, '');
    if (type === 'email' || type === 'url') return oneLine.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
    return oneLine;
  }
  ObjectDefineProperty(HTMLElement.prototype, 'value', {
    get() {
      const s = this[I];
      if (s.tag === 'select') { const o = selectedOptions(this)[0]; return o ? optionValue(o) : ''; }
      if (s.tag === 'option') return optionValue(this);
      if (s.tag === 'textarea') return s.value !== undefined ? s.value : this.textContent;
      if (s.tag === 'input') {
        if (isCheckable(this)) { const v = attr(this, 'value'); return v === null ? 'on' : v; }
        return sanitized(controlType(this), s.value !== undefined ? s.value : (attr(this, 'value') || ''));
      }
      if (s.tag === 'button' || s.tag === 'li' || s.tag === 'data' || s.tag === 'meter' || s.tag === 'progress') return attr(this, 'value') || '';
      return undefined;
    },
    set(v) {
      const s = this[I];
      const text = v === null || v === undefined ? '' : StringCtor(v);
      if (s.tag === 'select') { selectOption(this, optionsOf(this).find((o) => optionValue(o) === text) || null); return; }
      if (s.tag === 'input' && isCheckable(this)) { setAttr(this, 'value', text); return; }
      if (s.tag === 'input' || s.tag === 'textarea') { s.value = text; s.userEdited = false; return; }
      if (s.tag === 'option' || s.tag === 'button' || s.tag === 'data' || s.tag === 'li') setAttr(this, 'value', text);
      else hidden(this, 'value', v);
    },
    configurable: true,
  });
  ObjectDefineProperty(HTMLElement.prototype, 'valueAsNumber', {
    get() { const v = this.value; return v === '' ? NaN : Number(v); },
    set(n) { this.value = StringCtor(n); },
  });
  ObjectDefineProperty(HTMLElement.prototype, 'checked', {
    get() { const s = this[I]; return s.checked !== undefined ? s.checked : attr(this, 'checked') !== null; },
    set(v) {
      this[I].checked = !!v;
      if (v && controlType(this) === 'radio') uncheckGroup(this);
    },
    configurable: true,
  });
  ObjectDefineProperty(HTMLElement.prototype, 'selected', {
    get() {
      if (this[I].tag !== 'option') return undefined;
      const select = selectOf(this);
      return select ? selectedOptions(select).indexOf(this) >= 0 : optionSelected(this);
    },
    set(v) {
      const select = selectOf(this);
      if (v && select) selectOption(select, this); else this[I].selected = !!v;
    },
  });
  ObjectDefineProperty(HTMLElement.prototype, 'selectedIndex', {
    get() { if (this[I].tag !== 'select') return undefined; const o = selectedOptions(this)[0]; return o ? optionsOf(this).indexOf(o) : -1; },
    set(i) { if (this[I].tag === 'select') selectOption(this, optionsOf(this)[i] || null); },
  });
  ObjectDefineProperty(HTMLElement.prototype, 'options', {
    get() { return this[I].tag === 'select' ? collection(() => optionsOf(this)) : undefined; },
  });
  ObjectDefineProperty(HTMLElement.prototype, 'selectedOptions', {
    get() { return this[I].tag === 'select' ? collection(() => selectedOptions(this)) : undefined; },
  });
  ObjectDefineProperty(HTMLElement.prototype, 'text', {
    get() { return this.textContent; },
    set(v) { this.textContent = v; },
  });
  ObjectDefineProperty(HTMLElement.prototype, 'form', {
    get() { return formOf(this); },
  });
  ObjectDefineProperty(HTMLElement.prototype, 'labels', {
    get() { return nodeList(labelsOf(this)); },
  });
  ObjectDefineProperty(HTMLElement.prototype, 'control', {
    get() { return this[I].tag === 'label' ? controlOf(this) : undefined; },
  });

  function formOf(el) {
    const id = attr(el, 'form');
    if (id !== null) { const f = byId(document, id); return f && f[I].tag === 'form' ? f : null; }
    for (let n = el[I].parent; n instanceof Element; n = n[I].parent) if (n[I].tag === 'form') return n;
    return null;
  }
  const LABELABLE = ['input', 'select', 'textarea', 'button', 'meter', 'output', 'progress'];
  function controlOf(label) {
    const target = attr(label, 'for');
    if (target !== null) {
      const el = byId(rootOf(label), target);
      return el && LABELABLE.indexOf(el[I].tag) >= 0 ? el : null;
    }
    let found = null;
    walk(label, (n) => { if (n instanceof Element && LABELABLE.indexOf(n[I].tag) >= 0 && controlType(n) !== 'hidden') { found = n; return false; } return true; });
    return found;
  }
  function labelsOf(el) {
    const out = [];
    walk(rootOf(el), (n) => { if (n instanceof Element && n[I].tag === 'label' && controlOf(n) === el) push(out, n); });
    return out;
  }
  function uncheckGroup(radio) {
    const name = attr(radio, 'name');
    if (!name) return;
    const form = formOf(radio);
    walk(rootOf(radio), (n) => {
      if (n !== radio && n instanceof Element && n[I].tag === 'input' && controlType(n) === 'radio' &&
          attr(n, 'name') === name && formOf(n) === form) n[I].checked = false;
    });
  }

  const FORM_CONTROLS = ['input', 'select', 'textarea', 'button', 'fieldset', 'output', 'object'];
  function elementsUnder(root) {
    const out = [];
    walk(root, (n) => { if (n instanceof Element) push(out, n); });
    return out;
  }
  function controlsOf(form) {
    const out = [];
    walk(rootOf(form), (n) => { if (n instanceof Element && FORM_CONTROLS.indexOf(n[I].tag) >= 0 && formOf(n) === form) push(out, n); });
    return out;
  }
  ObjectDefineProperty(HTMLElement.prototype, 'elements', {
    get() {
      if (this[I].tag !== 'form' && this[I].tag !== 'fieldset') return undefined;
      const owner = this;
      return collection(() => owner[I].tag === 'form' ? controlsOf(owner)
        : elementsUnder(owner).filter((n) => FORM_CONTROLS.indexOf(n[I].tag) >= 0));
    },
  });

  // Constraint validation: the checks a browser makes before it submits a form.
  function candidateForValidation(el) {
    const tag = el[I].tag;
    return (tag === 'input' || tag === 'select' || tag === 'textarea') && !isDisabled(el) && attr(el, 'readonly') === null &&
      ['hidden', 'submit', 'reset', 'button', 'image'].indexOf(controlType(el)) < 0;
  }
  function validityOf(el) {
    const s = el[I];
    const v = {
      valueMissing: false, typeMismatch: false, patternMismatch: false, tooLong: false, tooShort: false,
      rangeUnderflow: false, rangeOverflow: false, stepMismatch: false, badInput: false, customError: !!s.customValidity,
    };
    const tag = s.tag;
    const type = controlType(el);
    if (candidateForValidation(el)) {
      const value = el.value;
      const required = attr(el, 'required') !== null;
      if (required) {
        if (type === 'checkbox') v.valueMissing = !el.checked;
        else if (type === 'radio') {
          const name = attr(el, 'name');
          let any = false;
          walk(rootOf(el), (n) => { if (n instanceof Element && n[I].tag === 'input' && controlType(n) === 'radio' && attr(n, 'name') === name && n.checked) any = true; });
          v.valueMissing = !any;
        } else v.valueMissing = value === '';
      }
      if (value !== '' && !isCheckable(el) && tag !== 'select') {
        if (type === 'email') v.typeMismatch = !/^[^\s@]+@[^\s@]+$/.test(value);
        if (type === 'url') v.typeMismatch = !/^[a-zA-Z][a-zA-Z0-9+.-]*:\S*$/.test(value);
        const pattern = attr(el, 'pattern');
        if (pattern !== null) { try { v.patternMismatch = !new RegExp('^(?:' + pattern + ')$', 'v').test(value); } catch (_) { /* an invalid pattern is ignored */ } }
        const max = parseInt(attr(el, 'maxlength'), 10);
        const min = parseInt(attr(el, 'minlength'), 10);
        // Browsers check lengths only of what a person typed, not of values set by script.
        const dirty = s.userEdited === true;
        if (dirty && max === max && value.length > max) v.tooLong = true;
        if (dirty && min === min && value.length < min) v.tooShort = true;
        if (type === 'number' || type === 'range') {
          const n = Number(value);
          if (n !== n) v.badInput = true;
          const lo = attr(el, 'min'), hi = attr(el, 'max');
          if (lo !== null && n < Number(lo)) v.rangeUnderflow = true;
          if (hi !== null && n > Number(hi)) v.rangeOverflow = true;
        }
      }
    }
    const keys = ObjectKeys(v);
    v.valid = keys.every((k) => !v[k]);
    return v;
  }
  function validationMessage(el) {
    const v = validityOf(el);
    if (v.customError) return el[I].customValidity;
    if (v.valueMissing) return isCheckable(el) ? (controlType(el) === 'radio' ? 'Please select one of these options.' : 'Please check this box if you want to proceed.') : el[I].tag === 'select' ? 'Please select an item in the list.' : 'Please fill out this field.';
    if (v.typeMismatch) return controlType(el) === 'email' ? "Please include an '@' in the email address." : 'Please enter a URL.';
    if (v.patternMismatch) return 'Please match the requested format.';
    if (v.tooShort) return 'Please lengthen this text to ' + attr(el, 'minlength') + ' characters or more.';
    if (v.tooLong) return 'Please shorten this text to ' + attr(el, 'maxlength') + ' characters or less.';
    if (v.rangeUnderflow) return 'Value must be greater than or equal to ' + attr(el, 'min') + '.';
    if (v.rangeOverflow) return 'Value must be less than or equal to ' + attr(el, 'max') + '.';
    if (v.badInput) return 'Please enter a number.';
    return '';
  }
  ObjectDefineProperty(HTMLElement.prototype, 'validity', { get() { return validityOf(this); } });
  ObjectDefineProperty(HTMLElement.prototype, 'validationMessage', { get() { return validationMessage(this); } });
  ObjectDefineProperty(HTMLElement.prototype, 'willValidate', { get() { return ['input', 'select', 'textarea'].indexOf(this[I].tag) >= 0 && !isDisabled(this); } });
  HTMLElement.prototype.setCustomValidity = function (message) { this[I].customValidity = StringCtor(message); };
  HTMLElement.prototype.checkValidity = function () {
    // A disabled or read-only field is barred from validation: even with a custom error set, it
    // does not stop its form.
    if (this[I].tag !== 'form' && !candidateForValidation(this)) return true;
    if (this[I].tag === 'form') {
      const controls = controlsOf(this);
      let ok = true;
      for (let i = 0; i < controls.length; i++) if (!controls[i].checkValidity()) ok = false;
      return ok;
    }
    if (validityOf(this).valid) return true;
    this.dispatchEvent(new Event('invalid', { cancelable: true }));
    return false;
  };
  HTMLElement.prototype.reportValidity = function () {
    const ok = this.checkValidity();
    if (!ok) {
      const first = this[I].tag === 'form' ? controlsOf(this).find((c) => !validityOf(c).valid) : this;
      if (first) { focus(first); pageState.reported = validationMessage(first); }
    }
    return ok;
  };
  HTMLElement.prototype.select = function () {};
  HTMLElement.prototype.setSelectionRange = function () {};

  HTMLElement.prototype.submit = function () {
    if (this[I].tag === 'form') navigate('the form was sent with form.submit()', this);
  };
  HTMLElement.prototype.requestSubmit = function (submitter) {
    if (this[I].tag !== 'form') return;
    if (attr(this, 'novalidate') === null && !(submitter && attr(submitter, 'formnovalidate') !== null) && !this.reportValidity()) return;
    const event = new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: submitter || null });
    if (this.dispatchEvent(event)) {
      navigate('the form was submitted and nothing called event.preventDefault() in a "submit" listener, so a browser would leave the page and load it again', this);
    }
  };
  HTMLElement.prototype.reset = function () {
    if (this[I].tag !== 'form') return;
    if (!this.dispatchEvent(new Event('reset', { bubbles: true, cancelable: true }))) return;
    const controls = controlsOf(this);
    for (let i = 0; i < controls.length; i++) {
      const s = controls[i][I];
      s.value = undefined;
      s.checked = undefined;
      s.customValidity = '';
      if (s.tag === 'select') { const opts = optionsOf(controls[i]); for (let j = 0; j < opts.length; j++) opts[j][I].selected = undefined; }
    }
  };

  // Leaving the page is the end of a page exercise's session: it is recorded, and reported once.
  function navigate(why, source) {
    push(pageState.navigations, { why, source });
    consoleRef.warn('The page would reload: ' + why + '.');
  }

  // A click's default actions: check a box, pick a radio, submit or reset a form, follow a
  // link, or pass the click from a label to its control.
  function activate(el, event) {
    const type = el[I].tag === 'input' || el[I].tag === 'button' ? controlType(el) : '';
    let undo = null;
    if (el[I].tag === 'input' && type === 'checkbox') {
      const was = el.checked;
      el[I].checked = !was;
      undo = () => { el[I].checked = was; };
    } else if (el[I].tag === 'input' && type === 'radio') {
      const previous = [];
      walk(rootOf(el), (n) => { if (n instanceof Element && n[I].tag === 'input' && controlType(n) === 'radio' && n.checked) push(previous, n); });
      const was = el.checked;
      el.checked = true;
      undo = () => { el[I].checked = was; for (let i = 0; i < previous.length; i++) previous[i][I].checked = true; };
      if (was) undo = null;
      if (was) { el.dispatchEvent(event); return; }
    }
    const go = el.dispatchEvent(event);
    if (undo) {
      if (!go) { undo(); return; }
      el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return;
    }
    if (!go) return;
    let target = el;
    if (el[I].tag === 'label') {
      const control = controlOf(el);
      if (control && !control.contains(event.target)) control.click();
      return;
    }
    for (let n = el; n instanceof Element; n = n[I].parent) {
      if (n[I].tag === 'a' || n[I].tag === 'button' || (n[I].tag === 'input' && (type === 'submit' || type === 'reset'))) { target = n; break; }
    }
    const t = target[I].tag;
    const kind = t === 'button' || t === 'input' ? controlType(target) : '';
    if ((kind === 'submit' || kind === 'image') && !isDisabled(target)) {
      const form = formOf(target);
      if (form) form.requestSubmit(target);
    } else if (kind === 'reset') {
      const form = formOf(target);
      if (form) form.reset();
    } else if (t === 'a' && attr(target, 'href') !== null) {
      const href = attr(target, 'href');
      if (href.charAt(0) === '#') setLocation(new global.URL(href, pageState.location.href).href);
      else navigate('a link to ' + href + ' was followed', target);
    }
  }

  // A text field's `change` fires when it loses focus (or on Enter) with a value other than
  // the one it had when it got focus.
  function commitChange(el) {
    const s = el[I];
    if (s.focusValue !== undefined && (s.tag === 'input' || s.tag === 'textarea') && !isCheckable(el) && el.value !== s.focusValue) {
      s.focusValue = el.value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  function focus(el) {
    const old = pageState.active;
    if (old === el) return;
    if (el && (!el.isConnected || isDisabled(el))) return;
    pageState.active = el;
    if (old) commitChange(old);
    if (el) el[I].focusValue = el.value;
    if (old) {
      old.dispatchEvent(new FocusEvent('blur', { relatedTarget: el }));
      old.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: el }));
    }
    if (el) {
      el.dispatchEvent(new FocusEvent('focus', { relatedTarget: old }));
      el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, relatedTarget: old }));
    }
  }

  // ------------------------------------------------------------------ HTML in and out

  // A node as a failure message or the console shows it: an element as its HTML, shortened.
  function short(n) {
    if (n instanceof Element) {
      const html = serialize(n, true);
      return html.length > 200 ? openTag(n) + '…</' + n[I].tag + '>' : html;
    }
    if (n instanceof Text) return '"' + n[I].data + '"';
    if (n instanceof Comment) return '<!--' + n[I].data + '-->';
    if (n instanceof DocumentType) return '<!DOCTYPE ' + n[I].name + '>';
    if (n instanceof Document) return '#document';
    if (n instanceof DocumentFragment) return '#document-fragment';
    return StringCtor(n);
  }

  function fragmentFrom(html, context) {
    const frag = document.createDocumentFragment();
    buildInto(frag, JSONParse(parseHtml(html === null || html === undefined ? '' : StringCtor(html), context || 'body')));
    return frag;
  }

  function buildInto(root, parsed) {
    const made = [];
    for (let i = 0; i < parsed.length; i++) {
      const p = parsed[i];
      let n;
      if (p.type === 'element') {
        n = createElement(p.tag);
        for (let j = 0; j < p.attrs.length; j++) push(n[I].attrs, [p.attrs[j][0], p.attrs[j][1]]);
      } else if (p.type === 'text') n = document.createTextNode(p.text);
      else if (p.type === 'doctype') n = make(DocumentType.prototype, { name: p.name });
      else n = document.createComment(p.text);
      made[i] = n;
      const parent = p.parent === null ? root : made[p.parent];
      push(parent[I].children, n);
      n[I].parent = parent;
    }
  }

  const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
  const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');

  function openTag(el) {
    let s = '<' + el[I].tag;
    const attrs = el[I].attrs;
    for (let i = 0; i < attrs.length; i++) s += ' ' + attrs[i][0] + '="' + escapeAttr(attrs[i][1]) + '"';
    return s + '>';
  }

  // The HTML of a node's children (or of the node itself), as `innerHTML` gives it.
  function serialize(node, outer) {
    let out = '';
    const stack = outer ? [[node, false]] : node[I].children.slice().reverse().map((c) => [c, false]);
    while (stack.length) {
      const top = stack.pop();
      const n = top[0];
      if (top[1]) { out += '</' + n[I].tag + '>'; continue; }
      if (n instanceof Text) {
        const p = n[I].parent;
        out += p instanceof Element && RAW_TEXT[p[I].tag] ? n[I].data : escapeText(n[I].data);
      } else if (n instanceof Comment) {
        out += '<!--' + n[I].data + '-->';
      } else if (n instanceof DocumentType) {
        out += '<!DOCTYPE ' + n[I].name + '>';
      } else if (n instanceof Element) {
        out += openTag(n);
        if (VOID[n[I].tag]) continue;
        push(stack, [n, true]);
        const kids = n[I].children;
        for (let i = kids.length - 1; i >= 0; i--) push(stack, [kids[i], false]);
      } else {
        const kids = n[I].children;
        for (let i = kids.length - 1; i >= 0; i--) push(stack, [kids[i], false]);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ selectors

  // The selectors beginners use: type, universal, #id, .class, [attr] with = ~= |= ^= $= *=,
  // combinators (descendant, >, +, ~), lists, and the pseudo-classes below.
  const PSEUDOS = ['checked', 'disabled', 'enabled', 'first-child', 'last-child', 'only-child', 'first-of-type', 'last-of-type',
    'empty', 'required', 'optional', 'focus', 'root', 'invalid', 'valid', 'selected', 'scope', 'placeholder-shown'];
  const cache = ObjectCreate(null);
  function compile(selector, method) {
    const text = StringCtor(selector);
    if (cache[text]) return cache[text];
    const invalid = (why) => new DOMException("Failed to execute '" + method + "' on 'Element': '" + text + "' is not a valid selector" + (why ? ' (' + why + ')' : '') + '.', 'SyntaxError');
    const list = parseSelectorList(text, invalid);
    const match = (el, scope) => list.some((complex) => matchComplex(complex, complex.length - 1, el, scope));
    cache[text] = match;
    return match;
  }

  function parseSelectorList(text, invalid) {
    let i = 0;
    const s = text;
    const ws = () => { while (i < s.length && /\s/.test(s[i])) i++; };
    const ident = () => {
      const m = /^-?(?:[_a-zA-Z\u00a0-\uffff]|\\.)(?:[_a-zA-Z0-9\u00a0-\uffff-]|\\.)*/.exec(s.slice(i));
      if (!m) return null;
      i += m[0].length;
      return m[0].replace(/\\(.)/g, '$1');
    };
    const list = [];
    let complex = [];
    let combinator = null;
    for (;;) {
      ws();
      const compound = { tag: null, ids: [], classes: [], attrs: [], pseudos: [] };
      let any = false;
      if (s[i] === '*') { i++; any = true; } else {
        const t = ident();
        if (t) { compound.tag = t.toLowerCase(); any = true; }
      }
      for (;;) {
        const c = s[i];
        if (c === '#') { i++; const id = ident(); if (!id) throw invalid(); push(compound.ids, id); }
        else if (c === '.') { i++; const cl = ident(); if (!cl) throw invalid(); push(compound.classes, cl); }
        else if (c === '[') {
          i++; ws();
          const name = ident();
          if (!name) throw invalid();
          ws();
          const m = /^([~|^$*]?=)\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s\]]+))\s*(i)?\s*\]/.exec(s.slice(i));
          if (m) {
            i += m[0].length;
            const value = m[2] !== undefined ? m[2] : m[3] !== undefined ? m[3] : m[4];
            push(compound.attrs, { name: name.toLowerCase(), op: m[1], value: value.replace(/\\(.)/g, '$1'), fold: !!m[5] });
          } else if (s[i] === ']') { i++; push(compound.attrs, { name: name.toLowerCase(), op: null }); }
          else throw invalid();
        } else if (c === ':') {
          i++;
          if (s[i] === ':') throw invalid('pseudo-elements like ::before match no element');
          const name = ident();
          if (!name) throw invalid();
          const lower = name.toLowerCase();
          if (s[i] === '(') {
            const close = matchingParen(s, i);
            if (close < 0) throw invalid();
            const arg = s.slice(i + 1, close);
            i = close + 1;
            if (lower === 'not' || lower === 'is' || lower === 'where') push(compound.pseudos, { name: lower, list: parseSelectorList(arg, invalid) });
            else if (lower === 'nth-child' || lower === 'nth-last-child' || lower === 'nth-of-type') push(compound.pseudos, { name: lower, nth: parseNth(arg, invalid) });
            else throw invalid("':" + lower + "()' is not supported in Puente's page model");
          } else if (PSEUDOS.indexOf(lower) >= 0) push(compound.pseudos, { name: lower });
          else if (['hover', 'active', 'visited', 'link', 'focus-visible', 'focus-within', 'target'].indexOf(lower) >= 0) {
            throw invalid("':" + lower + "' depends on the mouse or browsing history, which Puente's page model does not have");
          } else throw invalid();
        } else break;
        any = true;
      }
      if (!any) throw invalid();
      push(complex, { compound, combinator });
      ws();
      const c = s[i];
      if (i >= s.length) { push(list, complex); break; }
      if (c === ',') { i++; push(list, complex); complex = []; combinator = null; continue; }
      if (c === '>' || c === '+' || c === '~') { combinator = c; i++; continue; }
      combinator = ' ';
    }
    return list;
  }

  function matchingParen(s, open) {
    let depth = 0;
    for (let i = open; i < s.length; i++) {
      if (s[i] === '(') depth++;
      else if (s[i] === ')' && --depth === 0) return i;
    }
    return -1;
  }

  function parseNth(arg, invalid) {
    const t = arg.replace(/\s+/g, '').toLowerCase();
    if (t === 'odd') return { a: 2, b: 1 };
    if (t === 'even') return { a: 2, b: 0 };
    const m = /^([+-]?\d*)n([+-]\d+)?$/.exec(t);
    if (m) return { a: m[1] === '' || m[1] === '+' ? 1 : m[1] === '-' ? -1 : parseInt(m[1], 10), b: m[2] ? parseInt(m[2], 10) : 0 };
    if (/^[+-]?\d+$/.test(t)) return { a: 0, b: parseInt(t, 10) };
    throw invalid();
  }

  const nthMatches = (nth, index) => nth.a === 0 ? index === nth.b : (index - nth.b) / nth.a >= 0 && (index - nth.b) % nth.a === 0;

  function matchComplex(complex, at, el, scope) {
    if (!matchCompound(complex[at].compound, el, scope)) return false;
    if (at === 0) return true;
    const comb = complex[at].combinator;
    if (comb === '>') { const p = el[I].parent; return p instanceof Element && matchComplex(complex, at - 1, p, scope); }
    if (comb === ' ') {
      for (let p = el[I].parent; p instanceof Element; p = p[I].parent) if (matchComplex(complex, at - 1, p, scope)) return true;
      return false;
    }
    if (comb === '+') { const prev = sibling(el, -1, true); return !!prev && matchComplex(complex, at - 1, prev, scope); }
    for (let prev = sibling(el, -1, true); prev; prev = sibling(prev, -1, true)) if (matchComplex(complex, at - 1, prev, scope)) return true;
    return false;
  }

  function matchCompound(c, el, scope) {
    if (c.tag !== null && el[I].tag !== c.tag) return false;
    for (let i = 0; i < c.ids.length; i++) if (attr(el, 'id') !== c.ids[i]) return false;
    if (c.classes.length) {
      const own = classesOf(el);
      for (let i = 0; i < c.classes.length; i++) if (own.indexOf(c.classes[i]) < 0) return false;
    }
    for (let i = 0; i < c.attrs.length; i++) {
      const a = c.attrs[i];
      let v = attr(el, a.name);
      if (v === null) return false;
      if (a.op === null) continue;
      let want = a.value;
      if (a.fold) { v = v.toLowerCase(); want = want.toLowerCase(); }
      const ok = a.op === '=' ? v === want
        : a.op === '~=' ? v.split(/\s+/).indexOf(want) >= 0
        : a.op === '|=' ? v === want || v.indexOf(want + '-') === 0
        : a.op === '^=' ? want !== '' && v.indexOf(want) === 0
        : a.op === '$=' ? want !== '' && v.slice(-want.length) === want
        : want !== '' && v.indexOf(want) >= 0;
      if (!ok) return false;
    }
    for (let i = 0; i < c.pseudos.length; i++) if (!matchPseudo(c.pseudos[i], el, scope)) return false;
    return true;
  }

  function elementIndex(el, fromEnd, sameType) {
    const p = el[I].parent;
    if (!p) return 1;
    const sibs = p[I].children.filter((n) => n instanceof Element && (!sameType || n[I].tag === el[I].tag));
    const at = sibs.indexOf(el);
    return fromEnd ? sibs.length - at : at + 1;
  }

  function matchPseudo(p, el, scope) {
    switch (p.name) {
      case 'checked': return (isCheckable(el) && el.checked) || (el[I].tag === 'option' && el.selected);
      case 'selected': return el[I].tag === 'option' && el.selected;
      case 'disabled': return isDisabled(el);
      case 'enabled': return ['button', 'input', 'select', 'textarea', 'option', 'fieldset'].indexOf(el[I].tag) >= 0 && !isDisabled(el);
      case 'required': return attr(el, 'required') !== null;
      case 'optional': return ['input', 'select', 'textarea'].indexOf(el[I].tag) >= 0 && attr(el, 'required') === null;
      case 'first-child': return elementIndex(el, false, false) === 1;
      case 'last-child': return elementIndex(el, true, false) === 1;
      case 'only-child': return elementIndex(el, false, false) === 1 && elementIndex(el, true, false) === 1;
      case 'first-of-type': return elementIndex(el, false, true) === 1;
      case 'last-of-type': return elementIndex(el, true, true) === 1;
      case 'nth-child': return nthMatches(p.nth, elementIndex(el, false, false));
      case 'nth-last-child': return nthMatches(p.nth, elementIndex(el, true, false));
      case 'nth-of-type': return nthMatches(p.nth, elementIndex(el, false, true));
      case 'empty': return el[I].children.every((n) => n instanceof Comment || (n instanceof Text && n[I].data === ''));
      case 'focus': return pageState.active === el;
      case 'root': return el === document.documentElement;
      case 'scope': return scope instanceof Element ? el === scope : el === document.documentElement;
      case 'invalid': return ['input', 'select', 'textarea'].indexOf(el[I].tag) >= 0 && !validityOf(el).valid;
      case 'valid': return ['input', 'select', 'textarea'].indexOf(el[I].tag) >= 0 && validityOf(el).valid;
      case 'placeholder-shown': return attr(el, 'placeholder') !== null && el.value === '';
      case 'not': return !p.list.some((complex) => matchComplex(complex, complex.length - 1, el, scope));
      default: return p.list.some((complex) => matchComplex(complex, complex.length - 1, el, scope));
    }
  }

  // ------------------------------------------------------------------ the document and window

  const TAG_CLASSES = ObjectCreate(null);
  function elementClass(name, tags) {
    const C = class extends HTMLElement {};
    ObjectDefineProperty(C, 'name', { value: name });
    for (let i = 0; i < tags.length; i++) TAG_CLASSES[tags[i]] = C;
    return C;
  }
  const HTML_CLASSES = {
    HTMLInputElement: ['input'], HTMLButtonElement: ['button'], HTMLFormElement: ['form'], HTMLSelectElement: ['select'],
    HTMLOptionElement: ['option'], HTMLTextAreaElement: ['textarea'], HTMLLabelElement: ['label'], HTMLAnchorElement: ['a'],
    HTMLImageElement: ['img'], HTMLParagraphElement: ['p'], HTMLDivElement: ['div'], HTMLSpanElement: ['span'],
    HTMLUListElement: ['ul'], HTMLOListElement: ['ol'], HTMLLIElement: ['li'], HTMLHeadingElement: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    HTMLTableElement: ['table'], HTMLTableRowElement: ['tr'], HTMLTableCellElement: ['td', 'th'], HTMLTableSectionElement: ['thead', 'tbody', 'tfoot'],
    HTMLBodyElement: ['body'], HTMLHeadElement: ['head'], HTMLHtmlElement: ['html'], HTMLTemplateElement: ['template'],
    HTMLScriptElement: ['script'], HTMLStyleElement: ['style'], HTMLLinkElement: ['link'], HTMLTitleElement: ['title'],
    HTMLFieldSetElement: ['fieldset'], HTMLDialogElement: ['dialog'], HTMLCanvasElement: ['canvas'], HTMLBRElement: ['br'],
  };
  const htmlClasses = ObjectCreate(null);
  const classNames = ObjectKeys(HTML_CLASSES);
  for (let i = 0; i < classNames.length; i++) htmlClasses[classNames[i]] = elementClass(classNames[i], HTML_CLASSES[classNames[i]]);

  function createElement(tag) {
    const name = lowerName(tag);
    const C = TAG_CLASSES[name] || HTMLElement;
    return make(C.prototype, { tag: name, attrs: [] });
  }

  class Document extends ParentNode {
    get nodeType() { return 9; }
    get nodeName() { return '#document'; }
    get doctype() { return this[I].children.find((c) => c instanceof DocumentType) || null; }
    get characterSet() { return 'UTF-8'; }
    get charset() { return 'UTF-8'; }
    get compatMode() { return 'CSS1Compat'; }
    get contentType() { return 'text/html'; }
    get baseURI() { return pageState.location.href; }
    get documentElement() { return this[I].children.find((c) => c instanceof Element) || null; }
    get head() { return childByTag(this.documentElement, 'head'); }
    get body() { return childByTag(this.documentElement, 'body'); }
    get title() {
      const t = this.querySelector('title');
      return t ? t.textContent.replace(/\s+/g, ' ').trim() : '';
    }
    set title(v) {
      let t = this.querySelector('title');
      if (!t && this.head) { t = createElement('title'); this.head.appendChild(t); }
      if (t) t.textContent = v;
    }
    get activeElement() { return pageState.active || this.body; }
    get readyState() { return pageState.readyState; }
    get URL() { return pageState.location.href; }
    get location() { return global.location; }
    get forms() { return this.getElementsByTagName('form'); }
    get images() { return this.getElementsByTagName('img'); }
    get links() { return collection(() => elementsUnder(this).filter((n) => (n[I].tag === 'a' || n[I].tag === 'area') && attr(n, 'href') !== null)); }
    get defaultView() { return global; }
    get cookie() { return pageState.cookie; }
    set cookie(v) {
      const pair = StringCtor(v).split(';')[0];
      const name = pair.split('=')[0].trim();
      const rest = pageState.cookie ? pageState.cookie.split('; ').filter((c) => c.split('=')[0] !== name) : [];
      push(rest, pair.trim());
      pageState.cookie = rest.join('; ');
    }
    getElementById(id) { return byId(this, id); }
    getElementsByName(name) { return this.querySelectorAll('[name="' + StringCtor(name).replace(/"/g, '\\"') + '"]'); }
    createElement(tag) {
      const name = StringCtor(tag);
      if (!/^[a-zA-Z][^\s\0/>]*$/.test(name)) throw new DOMException("Failed to execute 'createElement' on 'Document': The tag name provided ('" + name + "') is not a valid name.", 'InvalidCharacterError');
      return createElement(name);
    }
    createTextNode(text) { return make(Text.prototype, { data: StringCtor(text) }); }
    createComment(text) { return make(Comment.prototype, { data: StringCtor(text) }); }
    createDocumentFragment() { return make(DocumentFragment.prototype, {}); }
    createEvent() { return new Event(''); }
    hasFocus() { return true; }
  }
  defineHandlers(Document.prototype, (d) => d[I]);
  const childByTag = (el, tag) => (el ? el[I].children.find((c) => c instanceof Element && c[I].tag === tag) || null : null);

  const pageState = {
    active: null,
    readyState: 'loading',
    navigations: [],
    checkedNavigations: 0,
    reported: '',
    cookie: '',
    location: null,
  };

  const document = make(Document.prototype, {});
  buildInto(document, JSONParse(parseHtml(options.html || '', null)));

  // `location` reads the page's address; changing the hash stays on the page, anything else
  // would load another page and is reported.
  function setLocation(href) {
    const next = new global.URL(href, pageState.location.href);
    const current = pageState.location;
    const sameDocument = next.href.split('#')[0] === current.href.split('#')[0];
    pageState.location = next;
    if (!sameDocument) navigate('the address changed to ' + next.href, null);
    else if (next.hash !== current.hash) global.dispatchEvent(new Event('hashchange'));
  }
  const location = {};
  const LOCATION_PARTS = ['href', 'protocol', 'host', 'hostname', 'port', 'pathname', 'search', 'hash', 'origin'];
  for (let i = 0; i < LOCATION_PARTS.length; i++) {
    const part = LOCATION_PARTS[i];
    ObjectDefineProperty(location, part, {
      get: () => pageState.location[part],
      set: part === 'origin' ? undefined : (v) => {
        const next = new global.URL(pageState.location.href);
        next[part] = v;
        setLocation(next.href);
      },
      enumerable: true,
    });
  }
  location.assign = (url) => setLocation(url);
  location.replace = (url) => setLocation(url);
  location.reload = () => navigate('location.reload() was called', null);
  location.toString = () => pageState.location.href;

  const history = {
    get length() { return pageState.historyLength; },
    state: null,
    pushState(state, _title, url) {
      history.state = state === undefined ? null : state;
      pageState.historyLength++;
      if (url !== undefined && url !== null) pageState.location = new global.URL(url, pageState.location.href);
    },
    replaceState(state, _title, url) {
      history.state = state === undefined ? null : state;
      if (url !== undefined && url !== null) pageState.location = new global.URL(url, pageState.location.href);
    },
    back() {}, forward() {}, go() {},
  };
  pageState.historyLength = 1;

  // Storage that lasts for the grading run only: nothing from a test reaches the learner's real
  // storage, and nothing of theirs reaches the test.
  function storage() {
    const items = new Map();
    const api = {
      getItem: (k) => { const v = items.get(StringCtor(k)); return v === undefined ? null : v; },
      setItem: (k, v) => { items.set(StringCtor(k), StringCtor(v)); },
      removeItem: (k) => { items.delete(StringCtor(k)); },
      clear: () => { items.clear(); },
      key: (i) => { const keys = ArrayFrom(items.keys()); return keys[i] === undefined ? null : keys[i]; },
    };
    ObjectDefineProperty(api, 'length', { get: () => items.size });
    return api;
  }

  const windowApi = {
    window: global, self: global, document, location, history,
    localStorage: storage(), sessionStorage: storage(),
    Node, Element, HTMLElement, Text, NodeList, HTMLCollection, Comment, Document, DocumentType, DocumentFragment, CharacterData, EventTarget, DOMException,
    Event, CustomEvent, UIEvent, MouseEvent, KeyboardEvent, InputEvent, FocusEvent, SubmitEvent,
    innerWidth: 1024, innerHeight: 768, devicePixelRatio: 1, scrollX: 0, scrollY: 0,
    navigator: { language: 'en-US', languages: ['en-US', 'en'], userAgent: 'Puente', onLine: true },
    addEventListener(type, listener, opts) { addEventListener.call(global, type, listener, opts); },
    removeEventListener(type, listener, opts) { removeEventListener.call(global, type, listener, opts); },
    dispatchEvent(event) { return dispatchEvent.call(global, event); },
    alert(message) { consoleRef.log('[alert] ' + (message === undefined ? '' : StringCtor(message))); },
    confirm(message) { consoleRef.log('[confirm] ' + (message === undefined ? '' : StringCtor(message))); return true; },
    prompt(message) { consoleRef.log('[prompt] ' + (message === undefined ? '' : StringCtor(message))); return null; },
    matchMedia(query) { return { matches: false, media: StringCtor(query), addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} }; },
    requestAnimationFrame(fn) { return setTimer(() => fn(DateNow()), 16); },
    cancelAnimationFrame(id) { global.clearTimeout(id); },
    scrollTo() {}, scroll() {},
  };
  const names = ObjectKeys(windowApi);
  for (let i = 0; i < names.length; i++) {
    ObjectDefineProperty(global, names[i], { value: windowApi[names[i]], writable: true, configurable: true, enumerable: false });
  }
  for (let i = 0; i < classNames.length; i++) {
    ObjectDefineProperty(global, classNames[i], { value: htmlClasses[classNames[i]], writable: true, configurable: true, enumerable: false });
  }
  for (let i = 0; i < HANDLER_EVENTS.length; i++) {
    const name = 'on' + HANDLER_EVENTS[i];
    ObjectDefineProperty(global, name, {
      get: () => windowState[name] || null,
      set: (fn) => { windowState[name] = typeof fn === 'function' ? fn : null; },
      configurable: true,
    });
  }
  pageState.location = new global.URL(options.url || 'https://example.com/');

  // FormData over a form's named, enabled controls, in document order.
  class FormData {
    constructor(form, submitter) {
      hidden(this, I, []);
      if (form === undefined) return;
      if (!(form instanceof Element) || form[I].tag !== 'form') {
        throw new TypeErrorCtor("Failed to construct 'FormData': parameter 1 is not of type 'HTMLFormElement'.");
      }
      const controls = controlsOf(form);
      for (let i = 0; i < controls.length; i++) {
        const c = controls[i];
        const name = attr(c, 'name');
        if (!name || isDisabled(c)) continue;
        const type = controlType(c);
        if (c[I].tag === 'button' || type === 'submit' || type === 'image' || type === 'reset' || type === 'button') {
          if (c === submitter) push(this[I], [name, c.value]);
          continue;
        }
        if (c[I].tag === 'fieldset' || c[I].tag === 'output' || c[I].tag === 'object') continue;
        if (isCheckable(c) && !c.checked) continue;
        if (c[I].tag === 'select') {
          const chosen = selectedOptions(c);
          for (let j = 0; j < chosen.length; j++) push(this[I], [name, optionValue(chosen[j])]);
          continue;
        }
        if (type === 'file') { push(this[I], [name, '']); continue; }
        push(this[I], [name, c.value]);
      }
    }
    append(name, value) { push(this[I], [StringCtor(name), StringCtor(value)]); }
    delete(name) { hidden(this, I, this[I].filter((e) => e[0] !== StringCtor(name))); }
    get(name) { const e = this[I].find((x) => x[0] === StringCtor(name)); return e ? e[1] : null; }
    getAll(name) { return this[I].filter((e) => e[0] === StringCtor(name)).map((e) => e[1]); }
    has(name) { return this[I].some((e) => e[0] === StringCtor(name)); }
    set(name, value) {
      const n = StringCtor(name);
      const at = this[I].findIndex((e) => e[0] === n);
      const rest = this[I].filter((e) => e[0] !== n);
      rest.splice(at < 0 ? rest.length : at, 0, [n, StringCtor(value)]);
      hidden(this, I, rest);
    }
    forEach(fn, self) { this[I].slice().forEach((e) => fn.call(self, e[1], e[0], this)); }
    entries() { return this[I].map((e) => [e[0], e[1]])[Symbol.iterator](); }
    keys() { return this[I].map((e) => e[0])[Symbol.iterator](); }
    values() { return this[I].map((e) => e[1])[Symbol.iterator](); }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return 'FormData'; }
  }
  ObjectDefineProperty(global, 'FormData', { value: FormData, writable: true, configurable: true, enumerable: false });

  // What the test helpers need from inside the model.
  return {
    document,
    isPrintable: (v) => v !== null && typeof v === 'object' && (PRINTABLE.has(v) || v[I] !== undefined),
    isElement: (v) => v instanceof Element,
    outerHTML: (n) => serialize(n, true),
    describe(n) {
      const print = PRINTABLE.get(n);
      return print ? print() : short(n);
    },
    walk,
    attr,
    controlType,
    controlOf,
    labelsOf,
    isDisabled,
    isCheckable,
    selectedOptions,
    optionValue,
    validity: validityOf,
    focus,
    commitChange,
    navigate,
    // A value typed by a person (the test helpers'), which length constraints then apply to.
    userEdit(el, value) { el.value = value; el[I].userEdited = true; },
    activate,
    active: () => pageState.active,
    navigations: () => pageState.navigations.slice(),
    // Run after each test: a test that made the page reload fails, naming what caused it.
    reloadCheck() {
      const n = pageState.navigations;
      if (n.length > pageState.checkedNavigations) {
        pageState.checkedNavigations = n.length;
        throw new ErrorCtor('The page would reload: ' + n[n.length - 1].why + '.');
      }
    },
    reported: () => pageState.reported,
    // Runs after the learner's script, as the end of parsing does in a browser.
    loaded() {
      pageState.readyState = 'interactive';
      document.dispatchEvent(new Event('readystatechange'));
      document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
      pageState.readyState = 'complete';
      document.dispatchEvent(new Event('readystatechange'));
      global.dispatchEvent(new Event('load'));
    },
    fragmentFrom,
    // For style sheets: a selector list parsed (throws on what the model cannot match), and
    // whether one complex selector of it matches an element.
    selectorList: (text) => parseSelectorList(StringCtor(text), () => new DOMException('not a selector the page model matches', 'SyntaxError')),
    matchComplex: (complex, el) => matchComplex(complex, complex.length - 1, el, null),
    changes: () => changes,
    tagOf: (el) => el[I].tag,
    parentOf: (n) => n[I].parent,
    childrenOf: (n) => n[I].children.slice(),
  };
});

// What a page exercise's tests use, in the spirit of Testing Library: find elements the way a
// person would (by text, role, label), act as a person would (click, type, choose, submit), and
// check the page with jest-dom's matchers. Tests import it from '@testing-library/dom',
// '@testing-library/user-event' and '@testing-library/jest-dom', as they would with Jest.
(function (dom, global, clock, expect) {
  'use strict';
  const StringCtor = String;
  const ErrorCtor = Error;
  const ObjectKeys = Object.keys;
  const setTimer = global.setTimeout;
  const push = (a, v) => { a[a.length] = v; };
  const document = dom.document;

  // ------------------------------------------------------------------ text and names

  const normalize = (s) => StringCtor(s).replace(/\s+/g, ' ').trim();
  function textMatches(text, matcher, exact) {
    if (text === null || text === undefined) return false;
    const t = normalize(text);
    if (typeof matcher === 'function') return !!matcher(t);
    if (matcher instanceof RegExp) { matcher.lastIndex = 0; return matcher.test(t); }
    const want = normalize(matcher);
    return exact === false ? t.toLowerCase().indexOf(want.toLowerCase()) >= 0 : t === want;
  }
  const describeMatcher = (m) => m instanceof RegExp ? StringCtor(m) : typeof m === 'function' ? 'a function' : StringCtor(m);

  // An element's own text, as Testing Library reads it: its direct text, not its children's.
  function ownText(el) {
    let s = '';
    const kids = dom.childrenOf(el);
    for (let i = 0; i < kids.length; i++) if (kids[i].nodeType === 3) s += kids[i].data;
    return s;
  }

  function isHidden(el) {
    for (let n = el; n && n.nodeType === 1; n = dom.parentOf(n)) {
      if (dom.attr(n, 'hidden') !== null || dom.attr(n, 'aria-hidden') === 'true') return true;
      const style = dom.computedStyle(n);
      if (style.display.toLowerCase() === 'none' || style.visibility.toLowerCase() === 'hidden') return true;
      const tag = dom.tagOf(n);
      if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'head') return true;
      if (tag === 'input' && dom.controlType(n) === 'hidden') return true;
      if (tag === 'details' && dom.attr(n, 'open') === null && n !== el && dom.tagOf(el) !== 'summary') {
        const summary = n.querySelector('summary');
        if (!summary || !summary.contains(el)) return true;
      }
    }
    return false;
  }

  function implicitRole(el) {
    const tag = dom.tagOf(el);
    const type = dom.controlType(el);
    switch (tag) {
      case 'button': return 'button';
      case 'a': return dom.attr(el, 'href') !== null ? 'link' : null;
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': return 'heading';
      case 'ul': case 'ol': case 'menu': return 'list';
      case 'li': return 'listitem';
      case 'nav': return 'navigation';
      case 'main': return 'main';
      case 'header': return el.closest('article, aside, main, nav, section') ? null : 'banner';
      case 'footer': return el.closest('article, aside, main, nav, section') ? null : 'contentinfo';
      case 'aside': return 'complementary';
      case 'article': return 'article';
      // A section is a region only when it is named; asking for its name here would loop.
      case 'section': return dom.attr(el, 'aria-label') || dom.attr(el, 'aria-labelledby') || dom.attr(el, 'title') ? 'region' : null;
      case 'form': return 'form';
      case 'p': return 'paragraph';
      case 'img': return dom.attr(el, 'alt') === '' ? 'presentation' : 'img';
      case 'table': return 'table';
      case 'tr': return 'row';
      case 'td': return 'cell';
      case 'th': return dom.attr(el, 'scope') === 'row' || dom.attr(el, 'scope') === 'rowgroup' ? 'rowheader' : 'columnheader';
      case 'thead': case 'tbody': case 'tfoot': return 'rowgroup';
      case 'select': return dom.attr(el, 'multiple') !== null || Number(dom.attr(el, 'size')) > 1 ? 'listbox' : 'combobox';
      case 'option': return 'option';
      case 'textarea': return 'textbox';
      case 'progress': return 'progressbar';
      case 'dialog': return 'dialog';
      case 'hr': return 'separator';
      case 'fieldset': return 'group';
      case 'output': return 'status';
      case 'input':
        if (type === 'checkbox') return 'checkbox';
        if (type === 'radio') return 'radio';
        if (type === 'submit' || type === 'reset' || type === 'button' || type === 'image') return 'button';
        if (type === 'number') return 'spinbutton';
        if (type === 'range') return 'slider';
        if (type === 'search') return dom.attr(el, 'list') ? 'combobox' : 'searchbox';
        if (type === 'hidden' || type === 'file' || type === 'color' || type === 'date' || type === 'time' || type === 'password') return null;
        return dom.attr(el, 'list') ? 'combobox' : 'textbox';
      default: return null;
    }
  }
  const roleOf = (el) => {
    const explicit = dom.attr(el, 'role');
    return explicit ? explicit.trim().split(/\s+/)[0] : implicitRole(el);
  };

  // The accessible name, by the rules that matter for beginners' pages.
  function accessibleName(el) {
    const labelledBy = dom.attr(el, 'aria-labelledby');
    if (labelledBy) {
      return normalize(labelledBy.split(/\s+/).map((id) => { const n = document.getElementById(id); return n ? n.textContent : ''; }).join(' '));
    }
    const label = dom.attr(el, 'aria-label');
    if (label && label.trim()) return normalize(label);
    const tag = dom.tagOf(el);
    const type = dom.controlType(el);
    if (tag === 'input' && (type === 'submit' || type === 'reset' || type === 'button')) {
      return normalize(dom.attr(el, 'value') || (type === 'submit' ? 'Submit' : type === 'reset' ? 'Reset' : ''));
    }
    if (tag === 'input' || tag === 'select' || tag === 'textarea' || tag === 'meter' || tag === 'progress') {
      const labels = dom.labelsOf(el);
      if (labels.length) return normalize(labels.map((l) => textWithoutControls(l)).join(' '));
      if (tag === 'input' && type === 'image') return normalize(dom.attr(el, 'alt') || '');
      return normalize(dom.attr(el, 'title') || dom.attr(el, 'placeholder') || '');
    }
    if (tag === 'img') return normalize(dom.attr(el, 'alt') || dom.attr(el, 'title') || '');
    if (tag === 'fieldset') { const legend = el.querySelector('legend'); return legend ? normalize(legend.textContent) : ''; }
    if (tag === 'table') { const caption = el.querySelector('caption'); return caption ? normalize(caption.textContent) : ''; }
    const fromContent = ['button', 'link', 'heading', 'cell', 'columnheader', 'rowheader', 'option', 'listitem', 'checkbox', 'radio', 'tab', 'menuitem', 'row'];
    if (fromContent.indexOf(roleOf(el)) >= 0) {
      return normalize(visibleText(el)) || normalize(dom.attr(el, 'title') || '');
    }
    return normalize(dom.attr(el, 'title') || '');
  }
  // The text a person would read: hidden and aria-hidden parts left out, images by their alt.
  function visibleText(el) {
    let s = '';
    const stack = dom.childrenOf(el).reverse();
    while (stack.length) {
      const n = stack.pop();
      if (n.nodeType === 3) { s += n.data; continue; }
      if (n.nodeType !== 1) continue;
      if (dom.attr(n, 'hidden') !== null || dom.attr(n, 'aria-hidden') === 'true') continue;
      const style = (dom.attr(n, 'style') || '').replace(/\s+/g, '').toLowerCase();
      if (/(^|;)display:none/.test(style)) continue;
      if (dom.tagOf(n) === 'img') { s += ' ' + (dom.attr(n, 'alt') || '') + ' '; continue; }
      const kids = dom.childrenOf(n);
      for (let i = kids.length - 1; i >= 0; i--) push(stack, kids[i]);
    }
    return s;
  }

  function textWithoutControls(label) {
    let s = '';
    dom.walk(label, (n) => {
      if (n.nodeType === 3) {
        const p = dom.parentOf(n);
        if (!p || ['select', 'textarea', 'option'].indexOf(dom.tagOf(p)) < 0) s += n.data;
      }
      return true;
    });
    return s;
  }

  // ------------------------------------------------------------------ queries

  class TestingLibraryElementError extends ErrorCtor {
    constructor(message) { super(message); this.name = 'TestingLibraryElementError'; }
  }

  const MAX_DEBUG = 3000;
  function prettyDOM(node, max) {
    const root = node || document.body || document.documentElement;
    const limit = max === undefined ? MAX_DEBUG : max;
    let html = root.nodeType === 9 ? dom.outerHTML(root.documentElement) : dom.outerHTML(root);
    html = html.replace(/></g, '>\n<');
    return html.length > limit ? html.slice(0, limit) + '\n…' : html;
  }
  const pageFor = (container) => '\n\n' + prettyDOM(container);

  function elementsUnder(container) {
    const out = [];
    const root = container.nodeType === 9 ? container : container;
    dom.walk(root, (n) => { if (n.nodeType === 1) push(out, n); return true; });
    return out;
  }

  const QUERIES = {
    Text: {
      all(container, text, opts) {
        opts = opts || {};
        const ignore = opts.ignore === undefined ? 'script, style' : opts.ignore;
        return elementsUnder(container).filter((el) => (!opts.selector || el.matches(opts.selector)) &&
          !(ignore && el.matches(ignore)) && textMatches(ownText(el), text, opts.exact));
      },
      missing: (text) => 'Unable to find an element with the text: ' + describeMatcher(text) +
        '. The text may be split across several elements (like "Total: <b>5</b>"); then find the element that holds each part, or use a function as the text matcher.',
      many: (text) => 'Found multiple elements with the text: ' + describeMatcher(text),
    },
    Role: {
      all(container, role, opts) {
        opts = opts || {};
        return elementsUnder(container).filter((el) => {
          if (roleOf(el) !== role) return false;
          if (!opts.hidden && isHidden(el)) return false;
          if (opts.name !== undefined && !textMatches(accessibleName(el), opts.name, true)) return false;
          if (opts.level !== undefined && (dom.tagOf(el) !== 'h' + opts.level && dom.attr(el, 'aria-level') !== StringCtor(opts.level))) return false;
          if (opts.checked !== undefined && !!el.checked !== opts.checked) return false;
          if (opts.selected !== undefined && !!el.selected !== opts.selected) return false;
          return true;
        });
      },
      missing: (role, opts) => {
        const named = opts && opts.name !== undefined ? ' and name "' + describeMatcher(opts.name) + '"' : '';
        const found = elementsUnder(document).filter((el) => roleOf(el) && !isHidden(el)).slice(0, 30)
          .map((el) => '  ' + roleOf(el) + (accessibleName(el) ? ' "' + accessibleName(el) + '"' : '') + ': ' + dom.describe(el).slice(0, 80));
        return 'Unable to find an accessible element with the role "' + role + '"' + named + '.' +
          (found.length ? '\n\nHere are the accessible roles on the page:\n' + found.join('\n') : '\n\nThe page has no accessible roles.');
      },
      many: (role, opts) => 'Found multiple elements with the role "' + role + '"' + (opts && opts.name !== undefined ? ' and name "' + describeMatcher(opts.name) + '"' : '') +
        '. Give getByRole a `name` to pick one, or use getAllByRole.',
    },
    LabelText: {
      all(container, text, opts) {
        opts = opts || {};
        const out = [];
        const els = elementsUnder(container);
        for (let i = 0; i < els.length; i++) {
          const el = els[i];
          if (dom.tagOf(el) === 'label' && textMatches(textWithoutControls(el), text, opts.exact)) {
            const control = dom.controlOf(el);
            if (control && out.indexOf(control) < 0) push(out, control);
          } else if (dom.attr(el, 'aria-label') !== null && textMatches(dom.attr(el, 'aria-label'), text, opts.exact)) {
            if (out.indexOf(el) < 0) push(out, el);
          } else if (dom.attr(el, 'aria-labelledby') !== null && textMatches(accessibleName(el), text, opts.exact)) {
            if (out.indexOf(el) < 0) push(out, el);
          }
        }
        return opts.selector ? out.filter((el) => el.matches(opts.selector)) : out;
      },
      missing: (text) => {
        const label = elementsUnder(document).find((el) => dom.tagOf(el) === 'label' && textMatches(textWithoutControls(el), text, true));
        return label ? 'Found a label with the text of: ' + describeMatcher(text) + ', however no form control was found associated to that label. ' +
          'Make sure you\'re using the "for" attribute or "aria-labelledby" attribute correctly.'
          : 'Unable to find a label with the text of: ' + describeMatcher(text);
      },
      many: (text) => 'Found multiple elements with the label text: ' + describeMatcher(text),
    },
    PlaceholderText: attributeQuery('placeholder', 'the placeholder text'),
    AltText: attributeQuery('alt', 'the alt text'),
    Title: attributeQuery('title', 'the title'),
    TestId: attributeQuery('data-testid', 'by [data-testid="…"]'),
    DisplayValue: {
      all(container, value, opts) {
        opts = opts || {};
        return elementsUnder(container).filter((el) => {
          const tag = dom.tagOf(el);
          if (tag === 'select') return dom.selectedOptions(el).some((o) => textMatches(o.textContent, value, opts.exact));
          return (tag === 'input' || tag === 'textarea') && !dom.isCheckable(el) && textMatches(el.value, value, opts.exact);
        });
      },
      missing: (v) => 'Unable to find an element with the display value: ' + describeMatcher(v) + '.',
      many: (v) => 'Found multiple elements with the display value: ' + describeMatcher(v),
    },
  };
  function attributeQuery(name, what) {
    return {
      all: (container, text, opts) => elementsUnder(container).filter((el) => textMatches(dom.attr(el, name), text, opts && opts.exact)),
      missing: (text) => 'Unable to find an element with ' + what + ': ' + describeMatcher(text),
      many: (text) => 'Found multiple elements with ' + what + ': ' + describeMatcher(text),
    };
  }

  function waitFor(callback, opts) {
    opts = opts || {};
    const timeout = opts.timeout === undefined ? 1000 : opts.timeout;
    const interval = opts.interval === undefined ? 50 : opts.interval;
    return new Promise((resolve, reject) => {
      let waited = 0;
      const attempt = () => {
        let result;
        try { result = callback(); } catch (error) { return retry(error); }
        if (result && typeof result.then === 'function') result.then(resolve, retry);
        else resolve(result);
        return undefined;
      };
      const retry = (error) => {
        if (waited >= timeout) {
          if (error && error.message && error.name === 'TestingLibraryElementError') error.message += '\n\n(waited ' + timeout + ' ms)';
          reject(error);
          return;
        }
        waited += interval;
        if (clock.fake()) { clock.advance(interval); attempt(); } else setTimer(attempt, interval);
      };
      attempt();
    });
  }

  function queriesFor(container) {
    const out = {};
    const kinds = ObjectKeys(QUERIES);
    for (let k = 0; k < kinds.length; k++) {
      const q = QUERIES[kinds[k]];
      const all = (...args) => q.all(container, ...args);
      const one = (args) => {
        const found = all(...args);
        if (found.length > 1) throw new TestingLibraryElementError(q.many(...args) + pageFor(container));
        return found[0] || null;
      };
      out['queryAllBy' + kinds[k]] = all;
      out['queryBy' + kinds[k]] = (...args) => one(args);
      out['getAllBy' + kinds[k]] = (...args) => {
        const found = all(...args);
        if (!found.length) throw new TestingLibraryElementError(q.missing(...args) + pageFor(container));
        return found;
      };
      out['getBy' + kinds[k]] = (...args) => {
        const found = one(args);
        if (!found) throw new TestingLibraryElementError(q.missing(...args) + pageFor(container));
        return found;
      };
      out['findAllBy' + kinds[k]] = (a, b, waitOpts) => waitFor(() => out['getAllBy' + kinds[k]](a, b), waitOpts);
      out['findBy' + kinds[k]] = (a, b, waitOpts) => waitFor(() => out['getBy' + kinds[k]](a, b), waitOpts);
    }
    return out;
  }

  const screen = queriesFor(document);
  screen.debug = (el) => global.console.log(prettyDOM(el));
  const within = (el) => queriesFor(el);

  // ------------------------------------------------------------------ events

  const EVENTS = {
    click: ['MouseEvent', true, true], dblClick: ['MouseEvent', true, true], mouseDown: ['MouseEvent', true, true],
    mouseUp: ['MouseEvent', true, true], mouseOver: ['MouseEvent', true, true], mouseOut: ['MouseEvent', true, true],
    mouseEnter: ['MouseEvent', false, false], mouseLeave: ['MouseEvent', false, false], mouseMove: ['MouseEvent', true, true],
    keyDown: ['KeyboardEvent', true, true], keyUp: ['KeyboardEvent', true, true], keyPress: ['KeyboardEvent', true, true],
    input: ['InputEvent', true, false], change: ['Event', true, false], submit: ['SubmitEvent', true, true],
    reset: ['Event', true, true], focus: ['FocusEvent', false, false], blur: ['FocusEvent', false, false],
    focusIn: ['FocusEvent', true, false], focusOut: ['FocusEvent', true, false], invalid: ['Event', false, true],
    load: ['Event', false, false], scroll: ['Event', false, false],
  };
  function fireEvent(el, event) {
    if (!el || typeof el.dispatchEvent !== 'function') throw new TypeError('fireEvent needs an element (or the document or window) to fire the event on; received ' + StringCtor(el));
    return el.dispatchEvent(event);
  }
  const eventNames = ObjectKeys(EVENTS);
  for (let i = 0; i < eventNames.length; i++) {
    const key = eventNames[i];
    const spec = EVENTS[key];
    fireEvent[key] = (el, init) => {
      init = init || {};
      if (init.target) {
        const props = ObjectKeys(init.target);
        for (let j = 0; j < props.length; j++) el[props[j]] = init.target[props[j]];
      }
      const Ctor = global[spec[0]];
      const eventInit = { bubbles: spec[1], cancelable: spec[2] };
      const keys = ObjectKeys(init);
      for (let j = 0; j < keys.length; j++) if (keys[j] !== 'target') eventInit[keys[j]] = init[keys[j]];
      const type = key.toLowerCase();
      if (type === 'click' && !dom.isDisabled(el)) { el.click(); return true; }
      if (type === 'focus' || type === 'blur') { if (type === 'focus') dom.focus(el); else if (dom.active() === el) dom.focus(null); return true; }
      const go = fireEvent(el, new Ctor(type, eventInit));
      if (type === 'submit' && go && dom.tagOf(el) === 'form') {
        dom.navigate('the form was submitted and nothing called event.preventDefault() in a "submit" listener, so a browser would leave the page and load it again', el);
      }
      return go;
    };
  }

  // ------------------------------------------------------------------ user-event

  const typeable = (el) => {
    const tag = dom.tagOf(el);
    return tag === 'textarea' || (tag === 'input' && !dom.isCheckable(el) &&
      ['submit', 'reset', 'button', 'image', 'hidden', 'file', 'range', 'color'].indexOf(dom.controlType(el)) < 0);
  };
  const KEYS = { enter: 'Enter', backspace: 'Backspace', tab: 'Tab', escape: 'Escape', esc: 'Escape', space: ' ',
    arrowleft: 'ArrowLeft', arrowright: 'ArrowRight', arrowup: 'ArrowUp', arrowdown: 'ArrowDown', delete: 'Delete' };

  function keyList(text) {
    const out = [];
    const s = StringCtor(text);
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '{' && s[i + 1] === '{') { push(out, '{'); i++; continue; }
      if (s[i] === '[' && s[i + 1] === '[') { push(out, '['); i++; continue; }
      if (s[i] === '{' || s[i] === '[') {
        const close = s.indexOf(s[i] === '{' ? '}' : ']', i);
        if (close > i) {
          const name = s.slice(i + 1, close);
          push(out, KEYS[name.toLowerCase()] || name);
          i = close;
          continue;
        }
      }
      push(out, s[i]);
    }
    return out;
  }

  function pressKey(key) {
    const target = dom.active() || document.body;
    const init = { key, code: key.length === 1 ? 'Key' + key.toUpperCase() : key, bubbles: true, cancelable: true };
    const go = target.dispatchEvent(new global.KeyboardEvent('keydown', init));
    if (go && key.length === 1) target.dispatchEvent(new global.KeyboardEvent('keypress', init));
    if (go && typeable(target) && !target.readOnly && !dom.isDisabled(target)) {
      if (key.length === 1 || (key === 'Enter' && dom.tagOf(target) === 'textarea')) {
        const ch = key === 'Enter' ? '\n' : key;
        const max = dom.attr(target, 'maxlength');
        if (max === null || target.value.length < Number(max)) {
          dom.userEdit(target, target.value + ch);
          target.dispatchEvent(new global.InputEvent('input', { bubbles: true, data: ch, inputType: key === 'Enter' ? 'insertLineBreak' : 'insertText' }));
        }
      } else if (key === 'Backspace' && target.value !== '') {
        dom.userEdit(target, target.value.slice(0, -1));
        target.dispatchEvent(new global.InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
      } else if (key === 'Enter' && dom.tagOf(target) === 'input' && target.form) {
        dom.commitChange(target);
        const form = target.form;
        const submit = form.querySelector('button:not([type=button]):not([type=reset]), input[type=submit], input[type=image]');
        if (submit && !dom.isDisabled(submit)) submit.click();
        else if (!submit) form.requestSubmit();
      }
    } else if (go && key === 'Enter' && target.nodeType === 1 && (dom.tagOf(target) === 'button' || (dom.tagOf(target) === 'a' && dom.attr(target, 'href') !== null))) {
      target.click();
    } else if (go && key === ' ' && target.nodeType === 1 && (dom.tagOf(target) === 'button' || dom.isCheckable(target))) {
      target.click();
    } else if (go && key === 'Tab') {
      tab(false);
    }
    target.dispatchEvent(new global.KeyboardEvent('keyup', init));
  }

  const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex], summary';
  function tab(backwards) {
    const all = Array.from(document.querySelectorAll(FOCUSABLE)).filter((el) => !dom.isDisabled(el) && !isHidden(el) && el.tabIndex >= 0);
    if (!all.length) return;
    const at = all.indexOf(dom.active());
    const next = backwards ? (at <= 0 ? all[all.length - 1] : all[at - 1]) : all[(at + 1) % all.length];
    dom.focus(next);
  }

  function pointerClick(el, init) {
    if (!el || el.nodeType !== 1) throw new TypeError('userEvent.click needs an element; received ' + StringCtor(el));
    const style = (dom.attr(el, 'style') || '').replace(/\s+/g, '');
    if (/pointer-events:none/.test(style)) throw new ErrorCtor('Unable to click the element: it has `pointer-events: none`.');
    el.dispatchEvent(new global.MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    if (!dom.isDisabled(el)) {
      const focusable = el.closest(FOCUSABLE);
      // Clicking plain content takes the focus away from a field, to the page's body.
      const label = el.closest('label');
      const control = label ? dom.controlOf(label) : null;
      if (focusable) dom.focus(focusable);
      else if (control) dom.focus(control);
      else dom.focus(null);
    }
    el.dispatchEvent(new global.MouseEvent('mouseup', { bubbles: true, cancelable: true }));
    if (!dom.isDisabled(el)) dom.activate(el, new global.MouseEvent('click', Object.assign({ bubbles: true, cancelable: true, detail: 1 }, init || {})));
  }

  const settle = (fn) => (...args) => new Promise((resolve, reject) => {
    try { resolve(fn(...args)); } catch (e) { reject(e); }
  });
  const userEvent = {
    click: settle((el, init) => pointerClick(el, init)),
    dblClick: settle((el) => { pointerClick(el); pointerClick(el); el.dispatchEvent(new global.MouseEvent('dblclick', { bubbles: true, cancelable: true, detail: 2 })); }),
    hover: settle((el) => { el.dispatchEvent(new global.MouseEvent('mouseover', { bubbles: true })); el.dispatchEvent(new global.MouseEvent('mouseenter')); }),
    unhover: settle((el) => { el.dispatchEvent(new global.MouseEvent('mouseout', { bubbles: true })); el.dispatchEvent(new global.MouseEvent('mouseleave')); }),
    type: settle((el, text, opts) => {
      if (!el || el.nodeType !== 1) throw new TypeError('userEvent.type needs an element to type into; received ' + StringCtor(el));
      if (!(opts && opts.skipClick)) pointerClick(el);
      else dom.focus(el);
      const keys = keyList(text);
      for (let i = 0; i < keys.length; i++) pressKey(keys[i]);
    }),
    keyboard: settle((text) => { const keys = keyList(text); for (let i = 0; i < keys.length; i++) pressKey(keys[i]); }),
    clear: settle((el) => {
      dom.focus(el);
      if (!typeable(el) || dom.isDisabled(el) || el.readOnly) throw new ErrorCtor('userEvent.clear needs an editable text field.');
      if (el.value !== '') {
        dom.userEdit(el, '');
        el.dispatchEvent(new global.InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
      }
    }),
    selectOptions: settle((select, values) => chooseOptions(select, values, true)),
    deselectOptions: settle((select, values) => chooseOptions(select, values, false)),
    tab: settle((opts) => tab(!!(opts && opts.shift))),
  };
  userEvent.setup = () => userEvent;

  function chooseOptions(select, values, on) {
    if (!select || dom.tagOf(select) !== 'select') throw new TypeError('selectOptions needs a <select> element.');
    if (dom.isDisabled(select)) throw new ErrorCtor('Unable to select options: the <select> is disabled.');
    const wanted = Array.isArray(values) ? values : [values];
    const options = Array.from(select.options);
    for (let i = 0; i < wanted.length; i++) {
      const w = wanted[i];
      const option = options.find((o) => o === w || dom.optionValue(o) === w || normalize(o.textContent) === w);
      if (!option) throw new TestingLibraryElementError('Value "' + StringCtor(w) + '" not found in options');
      if (dom.isDisabled(option)) throw new ErrorCtor('Unable to select a disabled option: "' + StringCtor(w) + '"');
      dom.focus(select);
      option.selected = on;
      select.dispatchEvent(new global.InputEvent('input', { bubbles: true }));
      select.dispatchEvent(new global.Event('change', { bubbles: true }));
    }
  }

  // ------------------------------------------------------------------ jest-dom matchers

  const isElement = (v) => dom.isElement(v);
  function needElement(received, name) {
    if (!isElement(received)) {
      throw new ErrorCtor('expect(received).' + name + '(): received value must be an HTML element, but it is ' +
        (received === null ? 'null (the query found nothing)' : typeof received) + '.');
    }
  }
  const show = (el) => dom.describe(el);
  const matchers = {
    toBeInTheDocument(received) {
      if (received !== null && !isElement(received)) needElement(received, 'toBeInTheDocument');
      const pass = received !== null && received.isConnected;
      return { pass, message: () => pass ? 'expected the element not to be in the document, and it is: ' + show(received)
        : received === null ? 'expected an element in the document, but the query found nothing (null)' : 'expected the element to be in the document, but it was removed: ' + show(received) };
    },
    toHaveTextContent(received, text, opts) {
      needElement(received, 'toHaveTextContent');
      const actual = normalize(received.textContent);
      const pass = typeof text === 'string' && !(opts && opts.normalizeWhitespace === false)
        ? actual.indexOf(normalize(text)) >= 0 : textMatches(actual, text, true);
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to have text content ' + describeMatcher(text) + '\nreceived: "' + actual + '"' };
    },
    toHaveClass(received, ...names) {
      needElement(received, 'toHaveClass');
      let exact = false;
      if (names.length && typeof names[names.length - 1] === 'object') exact = !!names.pop().exact;
      const want = names.join(' ').split(/\s+/).filter(Boolean);
      const own = received.className.split(/\s+/).filter(Boolean);
      const pass = want.length ? want.every((c) => own.indexOf(c) >= 0) && (!exact || own.length === want.length) : own.length > 0;
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to have class "' + want.join(' ') + '"\nreceived: class="' + received.className + '"' };
    },
    toHaveAttribute(received, name, value) {
      needElement(received, 'toHaveAttribute');
      const actual = received.getAttribute(name);
      const pass = actual !== null && (value === undefined || this.equals(actual, value));
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to have attribute ' + name + (value === undefined ? '' : '="' + value + '"') +
        '\nreceived: ' + (actual === null ? 'no such attribute' : name + '="' + actual + '"') };
    },
    toHaveValue(received, value) {
      needElement(received, 'toHaveValue');
      let actual;
      const tag = dom.tagOf(received);
      if (tag === 'select' && received.multiple) actual = dom.selectedOptions(received).map(dom.optionValue);
      else if (tag === 'input' && (dom.controlType(received) === 'number' || dom.controlType(received) === 'range')) actual = received.value === '' ? null : Number(received.value);
      else actual = received.value;
      const pass = value === undefined ? actual !== '' && actual !== null : this.equals(actual, value);
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to have value ' + this.utils.printExpected(value) + '\nreceived: ' + this.utils.printReceived(actual) };
    },
    toHaveDisplayValue(received, value) {
      needElement(received, 'toHaveDisplayValue');
      const actual = dom.tagOf(received) === 'select' ? dom.selectedOptions(received).map((o) => normalize(o.textContent)).join(', ') : received.value;
      const pass = textMatches(actual, value, true);
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to display ' + describeMatcher(value) + '\nreceived: "' + actual + '"' };
    },
    toBeChecked(received) {
      needElement(received, 'toBeChecked');
      const pass = !!received.checked || dom.attr(received, 'aria-checked') === 'true';
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to be checked: ' + show(received) };
    },
    toBeDisabled(received) {
      needElement(received, 'toBeDisabled');
      const pass = dom.isDisabled(received);
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to be disabled: ' + show(received) };
    },
    toBeEnabled(received) {
      needElement(received, 'toBeEnabled');
      const pass = !dom.isDisabled(received);
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to be enabled: ' + show(received) };
    },
    toBeRequired(received) {
      needElement(received, 'toBeRequired');
      const pass = dom.attr(received, 'required') !== null || dom.attr(received, 'aria-required') === 'true';
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to be required: ' + show(received) };
    },
    toBeValid(received) {
      needElement(received, 'toBeValid');
      const pass = dom.tagOf(received) === 'form' ? received.checkValidity() : dom.validity(received).valid && dom.attr(received, 'aria-invalid') !== 'true';
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to be valid' + (pass ? '' : ': ' + received.validationMessage) };
    },
    toBeInvalid(received) {
      needElement(received, 'toBeInvalid');
      const pass = dom.tagOf(received) === 'form' ? !received.checkValidity() : !dom.validity(received).valid || dom.attr(received, 'aria-invalid') === 'true';
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to be invalid: ' + show(received) };
    },
    toBeVisible(received) {
      needElement(received, 'toBeVisible');
      const pass = received.isConnected && !isHidden(received);
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to be visible: ' + show(received) +
        (pass ? '' : '\nit, or an element around it, has the hidden attribute or display: none, or it is not on the page') };
    },
    toBeEmptyDOMElement(received) {
      needElement(received, 'toBeEmptyDOMElement');
      const pass = dom.childrenOf(received).every((n) => n.nodeType === 8);
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to be empty; it holds: ' + received.innerHTML };
    },
    toContainElement(received, other) {
      needElement(received, 'toContainElement');
      const pass = other !== null && received.contains(other);
      return { pass, message: () => 'expected ' + show(received) + (pass ? ' not' : '') + ' to contain ' + (other === null ? 'null' : show(other)) };
    },
    toContainHTML(received, html) {
      needElement(received, 'toContainHTML');
      const normalized = dom.fragmentFrom(html, 'div');
      const want = Array.from(normalized.childNodes).map((n) => n.nodeType === 1 ? n.outerHTML : n.textContent).join('');
      const pass = received.outerHTML.indexOf(want) >= 0;
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to contain the HTML ' + want + '\nreceived: ' + received.outerHTML };
    },
    toHaveStyle(received, css) {
      needElement(received, 'toHaveStyle');
      const want = typeof css === 'string' ? css.split(';').map((d) => d.split(':')).filter((d) => d.length > 1)
        .map((d) => [d[0].trim(), d.slice(1).join(':').trim()]) : ObjectKeys(css).map((k) => [k, StringCtor(css[k])]);
      const style = dom.computedStyle(received);
      const missing = want.filter((d) => normalize(style[d[0]]).toLowerCase() !== normalize(d[1]).toLowerCase());
      const pass = missing.length === 0;
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to have the style ' + want.map((d) => d[0] + ': ' + d[1]).join('; ') +
        '\nreceived: ' + want.map((d) => d[0] + ': ' + (style[d[0]] || '(not set)')).join('; ') +
        '\n(values are compared as the style sheet writes them: 1rem is not converted to 16px)' };
    },
    toHaveFocus(received) {
      needElement(received, 'toHaveFocus');
      const pass = dom.active() === received;
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to have focus' + (pass ? '' : '; focus is on ' + (dom.active() ? show(dom.active()) : 'the page body')) };
    },
    toHaveAccessibleName(received, name) {
      needElement(received, 'toHaveAccessibleName');
      const actual = accessibleName(received);
      const pass = name === undefined ? actual !== '' : textMatches(actual, name, true);
      return { pass, message: () => 'expected the element ' + (pass ? 'not ' : '') + 'to have the accessible name ' + (name === undefined ? '' : describeMatcher(name)) + '\nreceived: "' + actual + '"' };
    },
    toHaveFormValues(received, values) {
      needElement(received, 'toHaveFormValues');
      const data = new global.FormData(received);
      const keys = ObjectKeys(values);
      const wrong = keys.filter((k) => {
        const all = data.getAll(k);
        const els = received.elements[k];
        const actual = els && dom.isCheckable(els) && dom.controlType(els) === 'checkbox' && all.length <= 1 && dom.attr(els, 'value') === null ? all.length === 1
          : all.length > 1 ? all : all.length ? all[0] : null;
        return !this.equals(actual, values[k]);
      });
      const pass = wrong.length === 0;
      return { pass, message: () => 'expected the form ' + (pass ? 'not ' : '') + 'to have values ' + this.utils.printExpected(values) +
        (pass ? '' : '\nthese differ: ' + wrong.join(', ')) };
    },
  };
  expect.extend(matchers);

  const library = { screen, within, fireEvent, waitFor, prettyDOM, getQueriesForElement: within, queries: QUERIES, logRoles: () => {} };
  const queryNames = ObjectKeys(screen);
  for (let i = 0; i < queryNames.length; i++) {
    const name = queryNames[i];
    if (name === 'debug') continue;
    library[name] = (container, ...args) => within(container)[name](...args);
  }
  library.waitForElementToBeRemoved = (target, opts) => waitFor(() => {
    const el = typeof target === 'function' ? target() : target;
    const gone = el === null || (Array.isArray(el) ? el.every((e) => !e.isConnected) : !el.isConnected);
    if (!gone) throw new ErrorCtor('The element is still on the page.');
  }, opts);
  return { library, userEvent, matchers };
});

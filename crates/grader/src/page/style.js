// Style sheets for the page model: the exercise's style sheet and the page's `<style>` elements,
// read as `document.styleSheets`, and the cascade behind `getComputedStyle`: for each property,
// the inline style or the winning declaration (by `!important`, specificity, then order), else
// the parent's value for inherited properties. Values are the text the sheet wrote: there is no
// layout, so nothing is converted to pixels or rgb(), and shorthands are not expanded. Rules
// that depend on the pointer or focus state (`:hover`), pseudo-elements, and rules inside
// at-rules (`@media`) are listed but never apply.
(function (dom, global, sheetText) {
  'use strict';
  const StringCtor = String;
  const ObjectCreate = Object.create;
  const ObjectDefineProperty = Object.defineProperty;
  const push = (a, v) => { a[a.length] = v; };
  const camelToKebab = (s) => s.indexOf('-') >= 0 ? s : s.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

  // Properties a child takes from its parent when no rule sets them.
  const INHERITED = new Set(['color', 'font', 'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant',
    'line-height', 'letter-spacing', 'word-spacing', 'text-align', 'text-indent', 'text-transform', 'white-space',
    'visibility', 'cursor', 'direction', 'list-style', 'list-style-type', 'list-style-position', 'list-style-image',
    'quotes', 'border-collapse', 'border-spacing', 'caption-side', 'empty-cells', 'text-shadow', 'word-break',
    'overflow-wrap', 'hyphens', 'tab-size', 'color-scheme', 'accent-color']);

  const BLOCK = new Set(['html', 'body', 'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'dd', 'div',
    'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
    'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'ul', 'legend', 'center', 'summary']);
  const DEFAULT_DISPLAY = {
    li: 'list-item', table: 'table', caption: 'table-caption', thead: 'table-header-group',
    tbody: 'table-row-group', tfoot: 'table-footer-group', tr: 'table-row', td: 'table-cell', th: 'table-cell',
    col: 'table-column', colgroup: 'table-column-group', img: 'inline', input: 'inline-block', button: 'inline-block',
    select: 'inline-block', textarea: 'inline-block', head: 'none', script: 'none', style: 'none', template: 'none',
    title: 'none', meta: 'none', link: 'none', base: 'none', datalist: 'none',
  };
  const defaultDisplay = (el) => {
    if (dom.attr(el, 'hidden') !== null) return 'none';
    const tag = dom.tagOf(el);
    return DEFAULT_DISPLAY[tag] || (BLOCK.has(tag) ? 'block' : 'inline');
  };

  // ---------------------------------------------------------------- parsing

  // `a; b` split at top-level semicolons: not inside quotes or parentheses (`url("a;b")`).
  function splitTopLevel(text, separator) {
    const out = [];
    let depth = 0, quote = null, start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quote) { if (c === '\\') i++; else if (c === quote) quote = null; continue; }
      if (c === '"' || c === "'") quote = c;
      else if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      else if (c === separator && depth === 0) { push(out, text.slice(start, i)); start = i + 1; }
    }
    push(out, text.slice(start));
    return out;
  }

  function parseDeclarations(text) {
    const out = [];
    const parts = splitTopLevel(text, ';');
    for (let i = 0; i < parts.length; i++) {
      const at = parts[i].indexOf(':');
      if (at < 0) continue;
      const name = parts[i].slice(0, at).trim();
      let value = parts[i].slice(at + 1).trim();
      let important = false;
      const bang = /!\s*important\s*$/i.exec(value);
      if (bang) { important = true; value = value.slice(0, bang.index).trim(); }
      if (name && value) push(out, { name: name.indexOf('--') === 0 ? name : name.toLowerCase(), value, important });
    }
    return out;
  }

  // The index of the `}` that closes the block opened at `open`, or the text's end.
  function blockEnd(text, open) {
    let depth = 0, quote = null;
    for (let i = open; i < text.length; i++) {
      const c = text[i];
      if (quote) { if (c === '\\') i++; else if (c === quote) quote = null; continue; }
      if (c === '"' || c === "'") quote = c;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i;
    }
    return text.length;
  }

  // A sheet's rules, in order: style rules, and at-rules kept with their text only.
  function parseSheet(source) {
    const text = StringCtor(source).replace(/\/\*[\s\S]*?(\*\/|$)/g, ' ');
    const rules = [];
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      const semi = text.indexOf(';', i);
      const prelude = text.slice(i, open < 0 ? text.length : open).trim();
      if (prelude[0] === '@' && semi >= 0 && (open < 0 || semi < open)) {
        push(rules, { at: text.slice(i, semi + 1).trim() });
        i = semi + 1;
        continue;
      }
      if (open < 0) break;
      const close = blockEnd(text, open);
      const body = text.slice(open + 1, close);
      if (prelude[0] === '@') push(rules, { at: prelude, body: body.trim() });
      else if (prelude) push(rules, { selectorText: prelude.replace(/\s+/g, ' '), declarations: parseDeclarations(body) });
      i = close + 1;
    }
    return rules;
  }

  // Specificity as [ids, classes/attributes/pseudo-classes, types] of one complex selector.
  function specificity(complex) {
    const total = [0, 0, 0];
    for (let i = 0; i < complex.length; i++) {
      const c = complex[i].compound;
      total[0] += c.ids.length;
      total[1] += c.classes.length + c.attrs.length;
      if (c.tag !== null) total[2]++;
      for (let j = 0; j < c.pseudos.length; j++) {
        const p = c.pseudos[j];
        if (p.name === 'where') continue;
        if (p.list) {
          let best = [0, 0, 0];
          for (let k = 0; k < p.list.length; k++) {
            const s = specificity(p.list[k]);
            if (compare(s, best) > 0) best = s;
          }
          total[0] += best[0]; total[1] += best[1]; total[2] += best[2];
        } else total[1]++;
      }
    }
    return total;
  }
  function compare(a, b) {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
    return 0;
  }

  // ---------------------------------------------------------------- sheets

  const parsed = new Map();
  function rulesOf(source) {
    let rules = parsed.get(source);
    if (!rules) {
      rules = parseSheet(source);
      for (let i = 0; i < rules.length; i++) {
        const r = rules[i];
        if (!r.selectorText) continue;
        r.selectors = [];
        // A selector of the list that the page model cannot match (`:hover`, `::before`) never
        // applies here; the list's other selectors still do, as in a browser.
        const parts = splitTopLevel(r.selectorText, ',');
        for (let p = 0; p < parts.length; p++) {
          try {
            const list = dom.selectorList(parts[p]);
            for (let k = 0; k < list.length; k++) push(r.selectors, { complex: list[k], specificity: specificity(list[k]) });
          } catch (_) {
            // skipped: see above
          }
        }
      }
      parsed.set(source, rules);
    }
    return rules;
  }

  // Computed once per state of the page: a query over many elements asks again and again.
  let cachedAt = -1;
  let cachedSources = null;
  let cachedDeclarations = new Map();
  function fresh() {
    const now = dom.changes();
    if (now !== cachedAt) {
      cachedAt = now;
      cachedSources = null;
      cachedDeclarations = new Map();
    }
  }

  // The exercise's sheet comes first, as a `<link>` in the head would; then `<style>` elements.
  function sheetSources() {
    fresh();
    if (cachedSources) return cachedSources;
    const sources = cachedSources = [];
    if (sheetText) push(sources, { text: sheetText, owner: null });
    const styles = dom.document.getElementsByTagName('style');
    for (let i = 0; i < styles.length; i++) push(sources, { text: styles[i].textContent, owner: styles[i] });
    return sources;
  }

  function declarationView(get, names, cssText, priority) {
    const methods = {
      getPropertyValue: (name) => get(StringCtor(name)),
      getPropertyPriority: (name) => priority ? priority(StringCtor(name)) : '',
      item: (i) => names()[i] || '',
    };
    return new Proxy(ObjectCreate(null), {
      get: (_, key) => {
        if (typeof key !== 'string') return undefined;
        if (key === 'length') return names().length;
        if (key === 'cssText') return cssText();
        if (methods[key]) return methods[key];
        if (/^\d+$/.test(key)) return names()[+key];
        return get(camelToKebab(key));
      },
      set: () => true,
      has: (_, key) => typeof key === 'string' && get(camelToKebab(key)) !== '',
    });
  }

  function ruleObject(rule) {
    if (!rule.selectorText) {
      return { type: /^@media/i.test(rule.at) ? 4 : 0, cssText: rule.at + (rule.body !== undefined ? ' { ' + rule.body + ' }' : ''),
        conditionText: /^@media/i.test(rule.at) ? rule.at.replace(/^@media\s*/i, '') : undefined };
    }
    const decls = rule.declarations;
    const find = (name) => { for (let i = decls.length - 1; i >= 0; i--) if (decls[i].name === name) return decls[i]; return null; };
    const text = () => decls.map((d) => d.name + ': ' + d.value + (d.important ? ' !important' : '') + ';').join(' ');
    const style = declarationView((name) => { const d = find(name.toLowerCase()); return d ? d.value : ''; },
      () => decls.map((d) => d.name), text,
      (name) => { const d = find(name.toLowerCase()); return d && d.important ? 'important' : ''; });
    return { type: 1, selectorText: rule.selectorText, style, cssText: rule.selectorText + ' { ' + text() + ' }' };
  }

  const styleSheets = {
    get length() { return sheetSources().length; },
    item(i) { return this[i] || null; },
    [Symbol.iterator]() { return sheetSources().map((_, i) => this[i])[Symbol.iterator](); },
  };
  const sheetsView = new Proxy(styleSheets, {
    get(target, key) {
      if (typeof key === 'string' && /^\d+$/.test(key)) {
        const source = sheetSources()[+key];
        if (!source) return undefined;
        const rules = rulesOf(source.text).map(ruleObject);
        return { cssRules: rules, rules, ownerNode: source.owner, href: source.owner ? null : new global.URL('style.css', global.location.href).href };
      }
      return Reflect.get(target, key);
    },
  });
  ObjectDefineProperty(dom.document, 'styleSheets', { get: () => sheetsView, configurable: true });

  // ---------------------------------------------------------------- the cascade

  // Every declaration that applies to `el`, best last.
  function matchedDeclarations(el) {
    fresh();
    const known = cachedDeclarations.get(el);
    if (known) return known;
    const found = [];
    cachedDeclarations.set(el, found);
    const sources = sheetSources();
    let order = 0;
    for (let s = 0; s < sources.length; s++) {
      const rules = rulesOf(sources[s].text);
      for (let r = 0; r < rules.length; r++) {
        const rule = rules[r];
        if (!rule.selectors) continue;
        let best = null;
        for (let k = 0; k < rule.selectors.length; k++) {
          const sel = rule.selectors[k];
          if (dom.matchComplex(sel.complex, el) && (!best || compare(sel.specificity, best) > 0)) best = sel.specificity;
        }
        if (!best) { order += rule.declarations.length; continue; }
        for (let d = 0; d < rule.declarations.length; d++) {
          const decl = rule.declarations[d];
          push(found, { name: decl.name, value: decl.value, important: decl.important, origin: [0].concat(best), order: order++ });
        }
      }
    }
    // The inline style beats every rule; its `!important` too.
    const inline = parseDeclarations(dom.attr(el, 'style') || '');
    for (let d = 0; d < inline.length; d++) {
      push(found, { name: inline[d].name, value: inline[d].value, important: inline[d].important, origin: [1, 0, 0, 0], order: order++ });
    }
    found.sort((a, b) => (a.important - b.important) || compare(a.origin, b.origin) || (a.order - b.order));
    return found;
  }

  function cascaded(el, name) {
    const found = matchedDeclarations(el);
    for (let i = found.length - 1; i >= 0; i--) {
      if (found[i].name === name) {
        const v = found[i].value;
        const keyword = v.toLowerCase();
        if (keyword === 'inherit' || keyword === 'unset' && INHERITED.has(name)) return inheritedValue(el, name);
        if (keyword === 'initial' || keyword === 'unset') return initialValue(el, name);
        return v;
      }
    }
    if (INHERITED.has(name) || name.indexOf('--') === 0) return inheritedValue(el, name);
    return initialValue(el, name);
  }
  function inheritedValue(el, name) {
    const parent = dom.parentOf(el);
    return parent && dom.isElement(parent) ? cascaded(parent, name) : '';
  }
  const initialValue = (el, name) => name === 'display' ? defaultDisplay(el) : '';

  function computedNames(el) {
    const names = [];
    const found = matchedDeclarations(el);
    for (let i = 0; i < found.length; i++) if (names.indexOf(found[i].name) < 0) push(names, found[i].name);
    if (names.indexOf('display') < 0) push(names, 'display');
    return names;
  }

  function getComputedStyle(el) {
    if (!dom.isElement(el)) {
      throw new TypeError("Failed to execute 'getComputedStyle' on 'Window': parameter 1 is not of type 'Element'.");
    }
    return declarationView((name) => cascaded(el, name.indexOf('--') === 0 ? name : name.toLowerCase()),
      () => computedNames(el),
      () => computedNames(el).map((n) => n + ': ' + cascaded(el, n) + ';').join(' '));
  }
  ObjectDefineProperty(global, 'getComputedStyle', { value: getComputedStyle, writable: true, configurable: true, enumerable: false });
  // For the test helpers (`toBeVisible`, `toHaveStyle`, hidden elements in queries), which must
  // not depend on a `getComputedStyle` the learner's code may have replaced.
  dom.computedStyle = getComputedStyle;
});

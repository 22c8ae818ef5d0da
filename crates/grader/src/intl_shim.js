// ECMA-402 for an engine built without locale data: `Intl` and the locale-aware methods of
// Number, Date, String and Array, each answered by the host's own Intl (the browser's) through
// `host(requestJson) -> responseJson`. Evaluates to a function that installs them on the global.
(function install(host, global) {
  'use strict';
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const defineProperty = Object.defineProperty;
  const StringCtor = String;
  const NumberCtor = Number;
  const DateCtor = Date;
  const dateValue = Date.prototype.getTime;
  const timezoneOffset = Date.prototype.getTimezoneOffset;
  const ReflectApply = Reflect.apply;

  function ask(op, request) {
    request.op = op;
    const answer = parse(host(stringify(request)));
    if (answer.error !== undefined) {
      const Ctor = answer.error === 'RangeError' ? RangeError : TypeError;
      throw new Ctor(answer.message);
    }
    return answer.ok;
  }

  // Locales as the host expects them: undefined, a string, or a list of strings.
  function locales(value) {
    if (value === undefined) return undefined;
    if (typeof value === 'string') return value;
    if (value !== null && typeof value === 'object' && typeof value.length === 'number') {
      const out = [];
      for (let i = 0; i < value.length; i++) out[i] = StringCtor(value[i]);
      return out;
    }
    throw new TypeError('locales must be a string or a list of strings');
  }
  // Options are plain data; a copy keeps only what JSON can carry.
  function options(value) {
    if (value === undefined) return undefined;
    if (value === null || typeof value !== 'object') throw new TypeError('options must be an object');
    const out = {};
    for (const key in value) {
      const v = value[key];
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[key] = v;
    }
    return out;
  }

  // The engine's local time and the host's may differ (a browser in Mexico City, an engine on
  // UTC): dates are formatted in the engine's zone unless the code names one.
  function dateOptions(value, date) {
    const o = options(value) || {};
    if (o.timeZone === undefined) {
      const offset = ReflectApply(timezoneOffset, date, []);
      if (offset === 0) o.timeZone = 'UTC';
      else if (offset % 60 === 0) o.timeZone = 'Etc/GMT' + (offset > 0 ? '+' : '-') + Math.abs(offset / 60);
    }
    return o;
  }
  function timeValue(date) {
    if (date === undefined) return DateCtor.now();
    if (date instanceof DateCtor) return ReflectApply(dateValue, date, []);
    return NumberCtor(date);
  }

  class NumberFormat {
    constructor(loc, opts) {
      this._l = locales(loc);
      this._o = options(opts);
      ask('resolved', { kind: 'number', locales: this._l, options: this._o });
    }
    format(value) { return ask('number', { locales: this._l, options: this._o, value: NumberCtor(value) }); }
    formatToParts(value) { return ask('numberParts', { locales: this._l, options: this._o, value: NumberCtor(value) }); }
    resolvedOptions() { return ask('resolved', { kind: 'number', locales: this._l, options: this._o }); }
  }

  class DateTimeFormat {
    constructor(loc, opts) {
      this._l = locales(loc);
      this._raw = options(opts);
      ask('resolved', { kind: 'date', locales: this._l, options: this._raw });
    }
    _options(value) { return dateOptions(this._raw, new DateCtor(value)); }
    format(date) {
      const value = timeValue(date);
      return ask('date', { locales: this._l, options: this._options(value), value });
    }
    formatToParts(date) {
      const value = timeValue(date);
      return ask('dateParts', { locales: this._l, options: this._options(value), value });
    }
    resolvedOptions() { return ask('resolved', { kind: 'date', locales: this._l, options: this._raw }); }
  }

  class PluralRules {
    constructor(loc, opts) { this._l = locales(loc); this._o = options(opts); }
    select(value) { return ask('plural', { locales: this._l, options: this._o, value: NumberCtor(value) }); }
    resolvedOptions() { return ask('resolved', { kind: 'plural', locales: this._l, options: this._o }); }
  }

  class Collator {
    constructor(loc, opts) {
      this._l = locales(loc);
      this._o = options(opts);
      const self = this;
      // `compare` is a bound getter in the standard, so `list.sort(collator.compare)` works.
      defineProperty(this, 'compare', {
        value: (a, b) => ask('compare', { locales: self._l, options: self._o, a: StringCtor(a), b: StringCtor(b) }),
      });
    }
    resolvedOptions() { return ask('resolved', { kind: 'collator', locales: this._l, options: this._o }); }
  }

  class Segmenter {
    constructor(loc, opts) { this._l = locales(loc); this._o = options(opts); }
    segment(input) {
      const text = StringCtor(input);
      const parts = ask('segment', { locales: this._l, options: this._o, value: text });
      for (let i = 0; i < parts.length; i++) parts[i].input = text;
      return {
        [Symbol.iterator]() {
          let i = 0;
          return { next: () => (i < parts.length ? { value: parts[i++], done: false } : { value: undefined, done: true }), [Symbol.iterator]() { return this; } };
        },
        containing(index) {
          const at = index === undefined ? 0 : NumberCtor(index);
          for (let i = 0; i < parts.length; i++) {
            if (at >= parts[i].index && at < parts[i].index + parts[i].segment.length) return parts[i];
          }
          return undefined;
        },
      };
    }
    resolvedOptions() { return ask('resolved', { kind: 'segmenter', locales: this._l, options: this._o }); }
  }

  class ListFormat {
    constructor(loc, opts) { this._l = locales(loc); this._o = options(opts); }
    format(list) {
      const items = [];
      for (const item of list) items[items.length] = StringCtor(item);
      return ask('list', { locales: this._l, options: this._o, value: items });
    }
  }

  class RelativeTimeFormat {
    constructor(loc, opts) { this._l = locales(loc); this._o = options(opts); }
    format(value, unit) { return ask('relative', { locales: this._l, options: this._o, value: NumberCtor(value), unit: StringCtor(unit) }); }
  }

  const classes = { NumberFormat, DateTimeFormat, PluralRules, Collator, Segmenter, ListFormat, RelativeTimeFormat };
  const kinds = { NumberFormat: 'number', DateTimeFormat: 'date', PluralRules: 'plural', Collator: 'collator', Segmenter: 'segmenter', ListFormat: 'list', RelativeTimeFormat: 'relative' };
  const Intl = {};
  for (const name in classes) {
    const Ctor = classes[name];
    defineProperty(Ctor, 'supportedLocalesOf', {
      value: (loc) => ask('supported', { kind: kinds[name], locales: locales(loc) }),
    });
    defineProperty(Ctor.prototype, Symbol.toStringTag, { value: 'Intl.' + name });
    defineProperty(Intl, name, { value: Ctor, writable: true, configurable: true });
  }
  defineProperty(Intl, 'getCanonicalLocales', {
    value: (loc) => ask('canonical', { locales: locales(loc) }), writable: true, configurable: true,
  });
  defineProperty(Intl, Symbol.toStringTag, { value: 'Intl' });
  defineProperty(global, 'Intl', { value: Intl, writable: true, configurable: true });

  function method(proto, name, f) {
    defineProperty(proto, name, { value: f, writable: true, configurable: true });
  }
  method(NumberCtor.prototype, 'toLocaleString', function toLocaleString(loc, opts) {
    return ask('number', { locales: locales(loc), options: options(opts), value: NumberCtor.prototype.valueOf.call(this) });
  });
  // Each Date method's default fields, as the standard lists them.
  const dateParts = {
    toLocaleString: { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' },
    toLocaleDateString: { year: 'numeric', month: 'numeric', day: 'numeric' },
    toLocaleTimeString: { hour: 'numeric', minute: 'numeric', second: 'numeric' },
  };
  const fieldNames = ['weekday', 'era', 'year', 'month', 'day', 'hour', 'minute', 'second', 'dateStyle', 'timeStyle', 'dayPeriod', 'fractionalSecondDigits'];
  for (const name in dateParts) {
    const defaults = dateParts[name];
    method(DateCtor.prototype, name, function (loc, opts) {
      const value = ReflectApply(dateValue, this, []);
      if (value !== value) return 'Invalid Date';
      const o = dateOptions(opts, this);
      let named = false;
      for (let i = 0; i < fieldNames.length; i++) if (o[fieldNames[i]] !== undefined) named = true;
      if (!named) for (const key in defaults) o[key] = defaults[key];
      return ask('date', { locales: locales(loc), options: o, value });
    });
  }
  method(StringCtor.prototype, 'localeCompare', function localeCompare(that, loc, opts) {
    return ask('compare', { locales: locales(loc), options: options(opts), a: StringCtor(this), b: StringCtor(that) });
  });
  method(StringCtor.prototype, 'toLocaleUpperCase', function toLocaleUpperCase(loc) {
    return ask('upper', { locales: locales(loc), value: StringCtor(this) });
  });
  method(StringCtor.prototype, 'toLocaleLowerCase', function toLocaleLowerCase(loc) {
    return ask('lower', { locales: locales(loc), value: StringCtor(this) });
  });
})

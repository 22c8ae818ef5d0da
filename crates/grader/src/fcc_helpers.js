// freeCodeCamp's `__helpers`: functions its challenges' hints call on the learner's source text,
// so that a comment or a line break does not decide a check. Evaluated once per assert-style
// grading; an expression whose value is the frozen helpers object.
(() => {
  "use strict";
  // Words after which a `/` starts a regular expression rather than a division.
  const BEFORE_REGEX = ["return", "typeof", "case", "do", "else", "in", "of", "new", "delete",
    "void", "throw", "instanceof", "yield", "await"];

  function regexCanStart(lastChar, lastWord) {
    if (lastChar === "") return true;
    if (/[\w$)\]]/.test(lastChar)) return BEFORE_REGEX.includes(lastWord);
    return true;
  }

  // Removes `//` and `/* */` comments; strings, template literals and regular expressions keep
  // whatever they hold, even `//`.
  function removeJSComments(source) {
    const s = String(source);
    let out = "";
    let i = 0;
    let lastChar = "";
    let lastWord = "";
    while (i < s.length) {
      const c = s[i];
      const next = s[i + 1];
      if (c === '"' || c === "'" || c === "`") {
        const start = i++;
        while (i < s.length && s[i] !== c) i += s[i] === "\\" ? 2 : 1;
        i++;
        out += s.slice(start, i);
        lastChar = c;
        lastWord = "";
        continue;
      }
      if (c === "/" && next === "/") {
        while (i < s.length && s[i] !== "\n") i++;
        continue;
      }
      if (c === "/" && next === "*") {
        const end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length : end + 2;
        continue;
      }
      if (c === "/" && regexCanStart(lastChar, lastWord)) {
        const start = i++;
        let inClass = false;
        while (i < s.length && s[i] !== "\n") {
          if (s[i] === "\\") { i += 2; continue; }
          if (s[i] === "[") inClass = true;
          else if (s[i] === "]") inClass = false;
          else if (s[i] === "/" && !inClass) break;
          i++;
        }
        i++;
        out += s.slice(start, i);
        lastChar = "/";
        lastWord = "";
        continue;
      }
      out += c;
      if (/[\w$]/.test(c)) {
        lastWord = /[\w$]/.test(lastChar) ? lastWord + c : c;
        lastChar = c;
      } else if (!/\s/.test(c)) {
        lastChar = c;
        lastWord = "";
      }
      i++;
    }
    return out;
  }

  const removeWhiteSpace = (s) => String(s).replace(/\s/g, "");
  const removeHtmlComments = (s) => String(s).replace(/<!--[\s\S]*?-->/g, "");
  const removeCssComments = (s) => String(s).replace(/\/\*[\s\S]*?\*\//g, "");
  const escapeRegExp = (s) => String(s).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

  // Whether `callingCode` calls `name` with no arguments, comments aside.
  function isCalledWithNoArgs(name, callingCode) {
    const pattern = new RegExp(`\\b${escapeRegExp(name)}\\s*\\(\\s*\\)`);
    return pattern.test(removeJSComments(callingCode));
  }

  // One regular expression made of several, in order.
  function concatRegex(...parts) {
    return new RegExp(parts.map((p) => (p instanceof RegExp ? p.source : escapeRegExp(p))).join(""));
  }

  // A regular expression that finds a function named `name` taking `params`, however it is
  // written: a declaration, a function expression or an arrow function.
  function functionRegex(name, params = [], options = {}) {
    const includeBody = options.includeBody !== false;
    const n = name ? escapeRegExp(name) : "";
    const p = params.map((x) => `\\s*${escapeRegExp(x)}\\s*`).join(",");
    const body = includeBody ? "[^}]*\\}" : "";
    const declaration = `function\\s+${n}\\s*\\(${p}\\)\\s*\\{${body}`;
    const expression = `(?:let|const|var)?\\s*${n}\\s*=\\s*function\\s*\\w*\\s*\\(${p}\\)\\s*\\{${body}`;
    const arrow = `(?:let|const|var)?\\s*${n}\\s*=\\s*\\(?${p}\\)?\\s*=>\\s*(?:\\{${body}|[^\\n;]*)`;
    const source = `${declaration}|${expression}|${arrow}`;
    return new RegExp(options.capture ? `(${source})` : source);
  }

  const helpers = Object.freeze({
    removeJSComments,
    removeWhiteSpace,
    removeHtmlComments,
    removeCssComments,
    escapeRegExp,
    isCalledWithNoArgs,
    concatRegex,
    functionRegex,
  });
  // A helper this list lacks is named, instead of "undefined is not a function".
  return new Proxy(helpers, {
    get(target, key) {
      if (typeof key === "string" && !(key in target)) {
        throw new Error(`this check uses freeCodeCamp's __helpers.${key}, which Puente does not provide`);
      }
      return target[key];
    },
  });
})()

  // ---------------------------------------------------------------- CommonJS

  // Local files that use `module.exports` run as CommonJS: each once, on first `require`, with
  // its own `module`, `exports` and `require`, as Node does.
  const commonJs = ObjectCreate(null);
  function canonicalName(specifier) {
    let s = StringCtor(specifier);
    if (slice(s, 0, 2) === './') s = slice(s, 2);
    if (slice(s, s.length - 3) === '.js') s = slice(s, 0, s.length - 3);
    return s;
  }
  function defineCommonJs(name, source) {
    commonJs[name] = { source, module: undefined };
  }
  // Node's own modules, which exist only under Node (the same list as loader.rs, for `import`).
  const NODE_BUILTINS_RE = /^(node:.+|fs|fs\/promises|path|os|child_process|worker_threads|cluster|http|https|http2|net|tls|dgram|dns|crypto|stream|stream\/promises|util|events|readline|process|zlib|buffer|vm|v8|perf_hooks|url|querystring|string_decoder|timers|timers\/promises|tty|module|inspector|async_hooks|diagnostics_channel)$/;
  const nodeBuiltinMessage = (name) => "Cannot load '" + name + "': it is one of Node.js's own modules, and this exercise needs Node.js to run. Puente runs your code the way a browser does, where Node's modules do not exist.";
  function requireModule(specifier) {
    const name = canonicalName(specifier);
    if (name === 'assert' || name === 'node:assert' || name === 'assert/strict' || name === 'node:assert/strict') return assertObject;
    if (name === '@jest/globals') return api;
    const entry = commonJs[name];
    if (entry === undefined) {
      if (call(RegExpTest, NODE_BUILTINS_RE, name)) throw new ErrorCtor(nodeBuiltinMessage(name));
      throw new ErrorCtor("Cannot find module '" + StringCtor(specifier) + "': require() loads the exercise's CommonJS files (those using module.exports); load ES modules with import");
    }
    if (entry.module !== undefined) return entry.module.exports;
    const module = { exports: {}, id: name, loaded: false };
    entry.module = module;
    const body = FunctionCtor('exports', 'require', 'module', '__filename', '__dirname', entry.source);
    ReflectApply(body, module.exports, [module.exports, requireModule, module, name + '.js', '.']);
    module.loaded = true;
    return module.exports;
  }


  // ---------------------------------------------------------------- console

  let output = [];
  const MAX_OUTPUT_CHARS = 20000;
  let outputChars = 0;
  let outputCut = false;
  let groupDepth = 0;
  function logger(level) {
    return function (...args) {
      if (outputCut) return;
      let text = formatConsoleArgs(args);
      for (let i = 0; i < groupDepth; i++) text = '  ' + text;
      if (outputChars + text.length > MAX_OUTPUT_CHARS) {
        text = slice(text, 0, MAX_OUTPUT_CHARS - outputChars) + '… (output cut: too much printed)';
        outputCut = true;
      }
      outputChars += text.length;
      push(output, { level, text });
    };
  }
  // Labels of console.count and console.time; no prototype, so learner code cannot reach in.
  const counts = ObjectCreate(null);
  const startedAt = ObjectCreate(null);
  const log = logger('log');
  const console = {
    log, info: logger('info'), warn: logger('warn'), error: logger('error'), debug: log,
    // The rest of a browser console's everyday methods, so code written for one runs here.
    dir: log, trace: log, table: log,
    clear() {
      output = [];
      outputChars = 0;
      push(output, { level: 'info', text: 'Console was cleared' });
    },
    group(...label) {
      if (label.length) log(...label);
      groupDepth++;
    },
    groupCollapsed(...label) {
      if (label.length) log(...label);
      groupDepth++;
    },
    groupEnd() { if (groupDepth > 0) groupDepth--; },
    count(label = 'default') {
      const key = StringCtor(label);
      counts[key] = (counts[key] || 0) + 1;
      log(key + ': ' + counts[key]);
    },
    countReset(label = 'default') { delete counts[StringCtor(label)]; },
    assert(condition, ...args) {
      if (!condition) logger('error')('Assertion failed' + (args.length ? ':' : ''), ...args);
    },
    // Times are on the virtual clock that timers use.
    time(label = 'default') { startedAt[StringCtor(label)] = now; },
    timeLog(label = 'default', ...args) {
      const key = StringCtor(label);
      if (key in startedAt) log(key + ': ' + (now - startedAt[key]) + ' ms', ...args);
    },
    timeEnd(label = 'default') {
      const key = StringCtor(label);
      if (key in startedAt) log(key + ': ' + (now - startedAt[key]) + ' ms');
      delete startedAt[key];
    },
  };


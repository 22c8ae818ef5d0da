  // ---------------------------------------------------------------- errors

  const LOCATION = /solution(?:\.js)?:(\d+):(\d+)/;
  function describeError(e) {
    const d = { name: 'Error', message: '', line: null, column: null };
    try {
      if (isObject(e) && e instanceof ErrorCtor) {
        d.name = StringCtor(e.name);
        d.message = StringCtor(e.message);
        const stack = e.stack;
        if (typeof stack === 'string') {
          const m = call(RegExpExec, LOCATION, stack);
          if (m) { d.line = +m[1]; d.column = +m[2]; }
        }
      } else {
        d.name = 'Thrown value';
        d.message = format(e);
      }
    } catch (_) {
      d.message = 'an error that could not be read';
    }
    return d;
  }


  // ---------------------------------------------------------------- asymmetric matchers

  const ASYMMETRIC = [];
  const isAsymmetric = (v) => {
    if (!isObject(v)) return false;
    for (let i = 0; i < ASYMMETRIC.length; i++) if (ASYMMETRIC[i] === v) return true;
    return false;
  };
  function asymmetric(description, match) {
    const m = ObjectCreate(null);
    m.asymmetricMatch = match;
    m.toString = () => description;
    push(ASYMMETRIC, m);
    return m;
  }


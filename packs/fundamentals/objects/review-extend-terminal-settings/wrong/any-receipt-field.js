// Accepts any field name after "receipt.", so "receipt.color" is created.
export const DEFAULTS = {
  language: "es",
  currency: "MXN",
  tipPercent: 10,
  receipt: { print: true, email: false },
};

export function loadSettings(saved) {
  return {
    ...DEFAULTS,
    ...saved,
    receipt: { ...DEFAULTS.receipt, ...saved.receipt },
  };
}

export function describeSettings(settings) {
  const receipt = settings.receipt;
  return `${settings.language}, ${settings.currency}, tip ${settings.tipPercent}%, print: ${receipt.print}, email: ${receipt.email}`;
}

export function changeSetting(settings, key, value) {
  const parts = key.split(".");
  if (parts.length === 1) {
    if (!Object.hasOwn(DEFAULTS, key) || key === "receipt") {
      return null;
    }
    const updated = { ...settings };
    updated[key] = value;
    return updated;
  }
  if (parts.length === 2 && parts[0] === "receipt") {
    const updated = { ...settings, receipt: { ...settings.receipt } };
    updated.receipt[parts[1]] = value;
    return updated;
  }
  return null;
}

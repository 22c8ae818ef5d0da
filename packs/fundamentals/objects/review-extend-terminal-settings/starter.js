export const DEFAULTS = {
  language: "es",
  currency: "MXN",
  tipPercent: 10,
  receipt: { print: true, email: false },
};

export function loadSettings(saved) {
  return { ...DEFAULTS, ...saved };
}

export function describeSettings(settings) {
  const receipt = settings.receipt;
  return `${settings.language}, ${settings.currency}, tip ${settings.tipPercent}%, print: ${receipt.print}, email: ${receipt.email}`;
}

export function changeSetting(settings, key, value) {
  // Your code here
}

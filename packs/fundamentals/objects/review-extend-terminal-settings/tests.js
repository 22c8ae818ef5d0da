import { describe, test, expect } from '@jest/globals';
import { DEFAULTS, loadSettings, describeSettings, changeSetting } from './solution';

const FACTORY = {
  language: "es",
  currency: "MXN",
  tipPercent: 10,
  receipt: { print: true, email: false },
};

describe('what already worked', () => {
  test('loadSettings puts saved values on top of the defaults', () => {
    expect(loadSettings({ language: "en", tipPercent: 15 })).toEqual({
      language: "en",
      currency: "MXN",
      tipPercent: 15,
      receipt: { print: true, email: false },
    });
  });

  test('loadSettings with nothing saved gives the defaults', () => {
    expect(loadSettings({})).toEqual(FACTORY);
  });

  test('describeSettings writes one line', () => {
    expect(describeSettings(loadSettings({}))).toBe("es, MXN, tip 10%, print: true, email: false");
  });
});

describe('loadSettings merges the receipt', () => {
  test('keeps the receipt fields that were not saved', () => {
    expect(loadSettings({ receipt: { email: true } }).receipt).toEqual({ print: true, email: true });
    expect(loadSettings({ receipt: { print: false } }).receipt).toEqual({ print: false, email: false });
  });

  test('each loaded object has its own receipt', () => {
    const settings = loadSettings({});
    settings.receipt.print = false;
    expect(DEFAULTS).toEqual(FACTORY);
    expect(loadSettings({}).receipt.print).toBe(true);
  });

  test('does not change the saved object', () => {
    const saved = { receipt: { email: true } };
    loadSettings(saved).receipt.print = false;
    expect(saved).toEqual({ receipt: { email: true } });
  });
});

describe('changeSetting', () => {
  test('changes a top-level setting', () => {
    const settings = loadSettings({});
    expect(changeSetting(settings, "tipPercent", 15)).toEqual({ ...FACTORY, tipPercent: 15 });
    expect(changeSetting(settings, "language", "en").language).toBe("en");
  });

  test('changes a receipt field', () => {
    const settings = loadSettings({});
    expect(changeSetting(settings, "receipt.email", true).receipt).toEqual({ print: true, email: true });
    expect(changeSetting(settings, "receipt.print", false).receipt).toEqual({ print: false, email: false });
  });

  test('does not change the settings it receives, or their receipt', () => {
    const settings = loadSettings({});
    changeSetting(settings, "currency", "USD");
    changeSetting(settings, "receipt.email", true);
    expect(settings).toEqual(FACTORY);
    expect(DEFAULTS).toEqual(FACTORY);
  });

  test('returns null for a key that is not a setting', () => {
    const settings = loadSettings({});
    expect(changeSetting(settings, "color", "blue")).toBeNull();
    expect(changeSetting(settings, "receipt.color", "blue")).toBeNull();
    expect(changeSetting(settings, "", 1)).toBeNull();
  });

  test('the receipt as a whole is not one setting', () => {
    expect(changeSetting(loadSettings({}), "receipt", false)).toBeNull();
  });

  test('names every object seems to have are not settings', () => {
    const settings = loadSettings({});
    expect(changeSetting(settings, "toString", "hi")).toBeNull();
    expect(changeSetting(settings, "receipt.constructor", 1)).toBeNull();
  });
});

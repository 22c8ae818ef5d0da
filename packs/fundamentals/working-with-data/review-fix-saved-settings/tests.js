import { describe, test, expect } from '@jest/globals';
import { loadSettings } from './solution';

const makeDefaults = () => ({
  theme: 'light',
  language: 'es',
  notifications: { email: true, sms: true, quietHours: { from: 22, to: 7 } },
});

describe('loadSettings', () => {
  test('merges what was saved over the defaults', () => {
    expect(loadSettings('{"theme":"dark","notifications":{"sms":false}}', makeDefaults())).toEqual({
      theme: 'dark',
      language: 'es',
      notifications: { email: true, sms: false, quietHours: { from: 22, to: 7 } },
    });
  });

  test('nothing saved yet: the defaults', () => {
    expect(loadSettings(null, makeDefaults())).toEqual(makeDefaults());
  });

  test('text that is not JSON counts as nothing saved', () => {
    expect(loadSettings('{"theme":"da', makeDefaults())).toEqual(makeDefaults());
  });

  test('a saved false is kept', () => {
    const settings = loadSettings('{"notifications":{"email":false,"sms":false}}', makeDefaults());
    expect(settings.notifications.email).toBe(false);
    expect(settings.notifications.sms).toBe(false);
  });

  test('quiet hours merge field by field, and 0 (midnight) is kept', () => {
    const settings = loadSettings('{"notifications":{"quietHours":{"to":0}}}', makeDefaults());
    expect(settings.notifications.quietHours).toEqual({ from: 22, to: 0 });
  });

  test('a saved null means "not saved"', () => {
    const settings = loadSettings('{"theme":null,"notifications":null,"language":"en"}', makeDefaults());
    expect(settings).toEqual({ ...makeDefaults(), language: 'en' });
  });

  test('does not change the defaults', () => {
    const defaults = makeDefaults();
    loadSettings('{"theme":"dark","notifications":{"sms":false,"quietHours":{"from":23}}}', defaults);
    expect(defaults).toEqual(makeDefaults());
  });

  test('the next member gets the defaults again', () => {
    const defaults = makeDefaults();
    loadSettings('{"notifications":{"sms":false}}', defaults);
    expect(loadSettings(null, defaults).notifications.sms).toBe(true);
  });

  test('the result shares no object with the defaults', () => {
    const defaults = makeDefaults();
    const settings = loadSettings(null, defaults);
    settings.notifications.email = false;
    settings.notifications.quietHours.from = 20;
    expect(defaults).toEqual(makeDefaults());
  });
});

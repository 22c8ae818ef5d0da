// savedText: the JSON text saved before, or null when nothing was saved yet.
// defaults: { theme, language, notifications: { email, sms, quietHours: { from, to } } }
export function loadSettings(savedText, defaults) {
  const saved = JSON.parse(savedText);
  const settings = { ...defaults };
  settings.theme = saved.theme || defaults.theme;
  settings.language = saved.language || defaults.language;
  settings.notifications.email = saved.notifications?.email || defaults.notifications.email;
  settings.notifications.sms = saved.notifications?.sms || defaults.notifications.sms;
  settings.notifications.quietHours = {
    ...defaults.notifications.quietHours,
    ...saved.notifications?.quietHours,
  };
  return settings;
}

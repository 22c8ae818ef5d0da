// Fixes the parsing and the falsy values, but still writes into the notifications object
// that the copy shares with defaults.
export function loadSettings(savedText, defaults) {
  let saved = null;
  try {
    saved = JSON.parse(savedText);
  } catch (error) {
    saved = null;
  }
  saved = saved ?? {};
  const settings = { ...defaults };
  settings.theme = saved.theme ?? defaults.theme;
  settings.language = saved.language ?? defaults.language;
  settings.notifications.email = saved.notifications?.email ?? defaults.notifications.email;
  settings.notifications.sms = saved.notifications?.sms ?? defaults.notifications.sms;
  settings.notifications.quietHours = {
    ...defaults.notifications.quietHours,
    ...saved.notifications?.quietHours,
  };
  return settings;
}

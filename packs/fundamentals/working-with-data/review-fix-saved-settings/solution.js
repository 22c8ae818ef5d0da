// savedText: the JSON text saved before, or null when nothing was saved yet.
// defaults: { theme, language, notifications: { email, sms, quietHours: { from, to } } }
export function loadSettings(savedText, defaults) {
  let saved = null;
  try {
    saved = JSON.parse(savedText);
  } catch (error) {
    saved = null; // a save cut short: as if nothing was saved
  }
  saved = saved ?? {};
  const notifications = saved.notifications ?? {};
  const quietHours = notifications.quietHours ?? {};
  return {
    theme: saved.theme ?? defaults.theme,
    language: saved.language ?? defaults.language,
    notifications: {
      email: notifications.email ?? defaults.notifications.email,
      sms: notifications.sms ?? defaults.notifications.sms,
      quietHours: {
        from: quietHours.from ?? defaults.notifications.quietHours.from,
        to: quietHours.to ?? defaults.notifications.quietHours.to,
      },
    },
  };
}

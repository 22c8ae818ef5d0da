// Retries after any error, not only a TemporaryError.
import { TemporaryError, FatalError } from "./errors.js";

export function runNightlyJobs(jobs, log) {
  let succeeded = 0;
  log.push("run started");
  try {
    for (const job of jobs) {
      if (runOnce(job, log, true)) {
        succeeded++;
      }
    }
  } finally {
    log.push("run finished");
  }
  return succeeded;
}

function runOnce(job, log, mayRetry) {
  try {
    job.run();
    log.push(`ok: ${job.name}`);
    return true;
  } catch (error) {
    if (error instanceof FatalError) {
      log.push(`stopped: ${job.name} (${error.message})`);
      throw error;
    }
    if (mayRetry) {
      log.push(`retrying: ${job.name}`);
      return runOnce(job, log, false);
    }
    log.push(`failed: ${job.name} (${error.message})`);
    return false;
  }
}

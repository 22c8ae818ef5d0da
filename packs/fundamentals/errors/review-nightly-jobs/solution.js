import { TemporaryError, FatalError } from "./errors.js";

// jobs: [{ name: "stamp invoices", run() { ... } }], where run() may throw.
// Runs every job in order, writes what happened to log, and returns how many jobs succeeded.
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

// Runs one job. Returns true if it worked, false if it failed; rethrows a FatalError.
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
    if (mayRetry && error instanceof TemporaryError) {
      log.push(`retrying: ${job.name}`);
      return runOnce(job, log, false);
    }
    log.push(`failed: ${job.name} (${error.message})`);
    return false;
  }
}

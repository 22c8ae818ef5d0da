import { TemporaryError, FatalError } from "./errors.js";

// jobs: [{ name: "stamp invoices", run() { ... } }], where run() may throw.
// Runs every job in order, writes what happened to log, and returns how many jobs succeeded.
export function runNightlyJobs(jobs, log) {
  let succeeded = 0;
  log.push("run started");
  for (const job of jobs) {
    try {
      job.run();
      log.push(`ok: ${job.name}`);
      succeeded++;
    } catch (error) {
      log.push(`failed: ${job.name} (${error.message})`);
    }
  }
  log.push("run finished");
  return succeeded;
}

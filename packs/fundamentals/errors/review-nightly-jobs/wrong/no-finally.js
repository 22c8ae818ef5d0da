// Stops on a FatalError, but "run finished" is skipped when the error escapes.
import { TemporaryError, FatalError } from "./errors.js";

export function runNightlyJobs(jobs, log) {
  let succeeded = 0;
  log.push("run started");
  for (const job of jobs) {
    try {
      job.run();
      log.push(`ok: ${job.name}`);
      succeeded++;
    } catch (error) {
      if (error instanceof FatalError) {
        log.push(`stopped: ${job.name} (${error.message})`);
        throw error;
      }
      if (error instanceof TemporaryError) {
        log.push(`retrying: ${job.name}`);
        try {
          job.run();
          log.push(`ok: ${job.name}`);
          succeeded++;
        } catch (second) {
          if (second instanceof FatalError) {
            log.push(`stopped: ${job.name} (${second.message})`);
            throw second;
          }
          log.push(`failed: ${job.name} (${second.message})`);
        }
      } else {
        log.push(`failed: ${job.name} (${error.message})`);
      }
    }
  }
  log.push("run finished");
  return succeeded;
}

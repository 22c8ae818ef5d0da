// A problem that may go away if the job runs again (a timeout, a busy server).
export class TemporaryError extends Error {
  constructor(message) {
    super(message);
    this.name = "TemporaryError";
  }
}

// A problem that makes every later job pointless (the disk is full, the database is gone).
export class FatalError extends Error {
  constructor(message) {
    super(message);
    this.name = "FatalError";
  }
}

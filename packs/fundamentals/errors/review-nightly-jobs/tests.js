import { describe, test, expect } from '@jest/globals';
import { TemporaryError, FatalError } from './errors.js';
import { runNightlyJobs } from './solution';

const ok = (name) => ({ name, run() {} });
const failing = (name, error) => ({ name, run() { throw error; } });

// A job that throws the given errors on its first calls, then works. `calls` counts the runs.
function flaky(name, ...errors) {
  const job = {
    name,
    calls: 0,
    run() {
      job.calls++;
      if (job.calls <= errors.length) {
        throw errors[job.calls - 1];
      }
    },
  };
  return job;
}

describe('what already works', () => {
  test('runs every job and counts the successes', () => {
    const log = [];
    expect(runNightlyJobs([ok('stamp invoices'), failing('email receipts', new Error('no recipients')), ok('back up sales')], log)).toBe(2);
    expect(log).toEqual([
      'run started',
      'ok: stamp invoices',
      'failed: email receipts (no recipients)',
      'ok: back up sales',
      'run finished',
    ]);
  });

  test('a night with no jobs', () => {
    const log = [];
    expect(runNightlyJobs([], log)).toBe(0);
    expect(log).toEqual(['run started', 'run finished']);
  });
});

describe('temporary errors', () => {
  test('a job that fails once with a TemporaryError is retried and succeeds', () => {
    const log = [];
    const job = flaky('stamp invoices', new TemporaryError('SAT timeout'));
    expect(runNightlyJobs([job], log)).toBe(1);
    expect(job.calls).toBe(2);
    expect(log).toEqual(['run started', 'retrying: stamp invoices', 'ok: stamp invoices', 'run finished']);
  });

  test('a job is retried only once', () => {
    const log = [];
    const job = flaky('stamp invoices', new TemporaryError('SAT timeout'), new TemporaryError('SAT timeout again'));
    expect(runNightlyJobs([job, ok('back up sales')], log)).toBe(1);
    expect(job.calls).toBe(2);
    expect(log).toEqual([
      'run started',
      'retrying: stamp invoices',
      'failed: stamp invoices (SAT timeout again)',
      'ok: back up sales',
      'run finished',
    ]);
  });

  test('other errors are not retried', () => {
    const log = [];
    const job = flaky('email receipts', new Error('no recipients'));
    expect(runNightlyJobs([job], log)).toBe(0);
    expect(job.calls).toBe(1);
    expect(log).toEqual(['run started', 'failed: email receipts (no recipients)', 'run finished']);
  });
});

describe('fatal errors', () => {
  test('a FatalError stops the run and reaches the caller unchanged', () => {
    const log = [];
    const diskFull = new FatalError('disk full');
    const later = flaky('email receipts');
    let caught = null;
    try {
      runNightlyJobs([ok('stamp invoices'), failing('back up sales', diskFull), later], log);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(diskFull);
    expect(later.calls).toBe(0);
    expect(log).toEqual(['run started', 'ok: stamp invoices', 'stopped: back up sales (disk full)', 'run finished']);
  });

  test('a FatalError on the retry stops the run too', () => {
    const log = [];
    const job = flaky('stamp invoices', new TemporaryError('SAT timeout'), new FatalError('database gone'));
    expect(() => runNightlyJobs([job, ok('back up sales')], log)).toThrow('database gone');
    expect(log).toEqual([
      'run started',
      'retrying: stamp invoices',
      'stopped: stamp invoices (database gone)',
      'run finished',
    ]);
  });

  test('the example from the instructions', () => {
    const log = [];
    const stamp = flaky('stamp invoices', new TemporaryError('SAT timeout'));
    expect(() =>
      runNightlyJobs([stamp, failing('back up sales', new FatalError('disk full')), ok('email receipts')], log),
    ).toThrow(FatalError);
    expect(log).toEqual([
      'run started',
      'retrying: stamp invoices',
      'ok: stamp invoices',
      'stopped: back up sales (disk full)',
      'run finished',
    ]);
  });
});

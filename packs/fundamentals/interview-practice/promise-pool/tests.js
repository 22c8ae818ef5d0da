import { describe, test, expect } from '@jest/globals';
import { runPool } from './solution';

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Fake uploads: each task waits `ms` and then gives its result (or fails), while the tracker
// records how many run at the same time and which ones were started.
function tracker() {
  const t = { running: 0, maxRunning: 0, started: [] };
  t.task = (name, ms, fails = false) => async () => {
    t.started.push(name);
    t.running++;
    t.maxRunning = Math.max(t.maxRunning, t.running);
    await sleep(ms);
    t.running--;
    if (fails) throw new Error(`Upload of ${name} failed`);
    return `https://img.example.com/p/${name}.jpg`;
  };
  return t;
}

function watch(promise) {
  const state = { done: false, value: undefined, error: undefined };
  promise.then(
    (value) => { state.done = true; state.value = value; },
    (error) => { state.done = true; state.error = error; },
  );
  return state;
}

describe('runPool', () => {
  test('gives every result, in the order of the tasks', async () => {
    const t = tracker();
    const tasks = [t.task('sala', 300), t.task('cocina', 100), t.task('baño', 200), t.task('patio', 50)];
    await expect(runPool(tasks, 2)).resolves.toEqual([
      'https://img.example.com/p/sala.jpg',
      'https://img.example.com/p/cocina.jpg',
      'https://img.example.com/p/baño.jpg',
      'https://img.example.com/p/patio.jpg',
    ]);
  });

  test('never runs more than limit tasks at once, and uses every slot', async () => {
    const t = tracker();
    const tasks = [];
    for (let i = 1; i <= 6; i++) tasks.push(t.task(`foto${i}`, 1000));
    const state = watch(runPool(tasks, 3));
    await sleep(10);
    expect(t.running).toBe(3);
    await sleep(1980);     // 1990 ms: the second group of three is still uploading
    expect(state.done).toBe(false);
    await sleep(20);       // 2010 ms
    expect(state.done).toBe(true);
    expect(t.maxRunning).toBe(3);
  });

  test('starts the next task as soon as a slot frees up', async () => {
    const t = tracker();
    const tasks = [t.task('a', 300), t.task('b', 100), t.task('c', 100), t.task('d', 100)];
    const state = watch(runPool(tasks, 2));
    await sleep(150);
    expect(t.started).toEqual(['a', 'b', 'c']);
    await sleep(160);      // 310 ms: a, b, c and d are all done (in groups of two, d would end at 400 ms)
    expect(state.done).toBe(true);
    expect(state.value).toHaveLength(4);
    expect(t.maxRunning).toBe(2);
  });

  test('a limit bigger than the number of tasks starts them all at once', async () => {
    const t = tracker();
    await expect(runPool([t.task('a', 100), t.task('b', 100)], 10)).resolves.toHaveLength(2);
    expect(t.maxRunning).toBe(2);
  });

  test('no tasks gives an empty array', async () => {
    await expect(runPool([], 3)).resolves.toEqual([]);
  });

  test('a failed task rejects the pool and no new task starts', async () => {
    const t = tracker();
    const tasks = [t.task('a', 100), t.task('b', 50, true), t.task('c', 100), t.task('d', 100)];
    const state = watch(runPool(tasks, 2));
    await sleep(60);
    expect(state.done).toBe(true);
    expect(state.error).toBeInstanceOf(Error);
    expect(state.error.message).toBe('Upload of b failed');
    await sleep(500);
    expect(t.started).toEqual(['a', 'b']);
  });

  test('rejects a limit that is not a whole number of at least 1, starting nothing', async () => {
    const t = tracker();
    for (const limit of [0, -2, 1.5, '3', undefined]) {
      await expect(runPool([t.task('a', 10)], limit)).rejects.toThrow(RangeError);
      await expect(runPool([t.task('a', 10)], limit)).rejects.toThrow('Limit must be a whole number of at least 1');
    }
    expect(t.started).toEqual([]);
  });
});

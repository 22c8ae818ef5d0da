// Wrong fix: `const copy = queue` is a second name for the same array, not a copy,
// so shift still changes the caller's queue.
export function nextOrders(queue, count) {
  const result = [];
  for (let i = 0; i < count && i < queue.length; i++) {
    result.push(queue[i]);
  }
  return result;
}

export function serveFirst(queue) {
  const copy = queue;
  copy.shift();
  return copy;
}

// Wrong fix: stops at count, but reads past the end of a short queue and adds undefined.
export function nextOrders(queue, count) {
  const result = [];
  for (let i = 0; i < count; i++) {
    result.push(queue[i]);
  }
  return result;
}

export function serveFirst(queue) {
  return queue.slice(1);
}

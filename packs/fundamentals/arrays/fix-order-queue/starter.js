export function nextOrders(queue, count) {
  const result = [];
  for (let i = 0; i <= count; i++) {
    result.push(queue[i]);
  }
  return result;
}

export function serveFirst(queue) {
  queue.shift();
  return queue;
}

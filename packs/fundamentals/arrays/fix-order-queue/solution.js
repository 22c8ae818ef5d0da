export function nextOrders(queue, count) {
  const result = [];
  for (let i = 0; i < count && i < queue.length; i++) {
    result.push(queue[i]);
  }
  return result;
}

export function serveFirst(queue) {
  return queue.slice(1);
}

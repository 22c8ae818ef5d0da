// Wrong approach: a loop with a stack of lists to visit, no recursion.
export function flattenList(list) {
  const result = [];
  const stack = [[list, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const [current, index] = top;
    if (index === current.length) {
      stack.pop();
      continue;
    }
    top[1] = index + 1;
    const entry = current[index];
    if (Array.isArray(entry)) {
      stack.push([entry, 0]);
    } else {
      result.push(entry);
    }
  }
  return result;
}

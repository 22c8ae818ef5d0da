export function flattenList(list) {
  const result = [];
  for (const entry of list) {
    if (Array.isArray(entry)) {
      result.push(...flattenList(entry));
    } else {
      result.push(entry);
    }
  }
  return result;
}

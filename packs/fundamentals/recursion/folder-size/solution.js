export function totalSize(item) {
  if (item.children === undefined) {
    return item.size;
  }
  let total = 0;
  for (const child of item.children) {
    total = total + totalSize(child);
  }
  return total;
}

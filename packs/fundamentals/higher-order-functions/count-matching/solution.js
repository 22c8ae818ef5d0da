export function countMatching(items, check) {
  let count = 0;
  items.forEach((item) => {
    if (check(item)) {
      count = count + 1;
    }
  });
  return count;
}

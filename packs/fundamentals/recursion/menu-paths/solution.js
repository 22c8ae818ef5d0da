export function menuPaths(item) {
  if (item.items === undefined) {
    return [item.label];
  }
  const paths = [];
  for (const child of item.items) {
    for (const path of menuPaths(child)) {
      paths.push(`${item.label} > ${path}`);
    }
  }
  return paths;
}

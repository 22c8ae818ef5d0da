// Wrong approach: only counts open blocks per name, so blocks closed in the wrong order look fine.
export function findBlockError(template) {
  const counts = new Map();
  const tags = template.match(/\{\{[#/]\w+[^}]*\}\}/g) || [];
  let lastOpened = [];
  for (const tag of tags) {
    const name = tag.slice(3, -2).split(" ")[0];
    if (tag[2] === "#") {
      counts.set(name, (counts.get(name) ?? 0) + 1);
      lastOpened.push(name);
    } else {
      if (!counts.get(name)) return `Unexpected {{/${name}}}`;
      counts.set(name, counts.get(name) - 1);
      lastOpened = lastOpened.filter((n, i) => i !== lastOpened.lastIndexOf(name));
    }
  }
  if (lastOpened.length > 0) return `Unclosed {{#${lastOpened[lastOpened.length - 1]}}}`;
  return null;
}

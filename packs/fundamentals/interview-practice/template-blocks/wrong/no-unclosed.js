// Wrong approach: fixes the pattern, the stack and the empty case, but never reports blocks left open.
export function findBlockError(template) {
  const open = [];
  const tags = template.match(/\{\{[#/]\w+[^}]*\}\}/g) || [];
  for (const tag of tags) {
    const name = tag.slice(3, -2).split(" ")[0];
    if (tag[2] === "#") {
      open.push(name);
    } else {
      const last = open.pop();
      if (last === undefined) return `Unexpected {{/${name}}}`;
      if (last !== name) return `Expected {{/${last}}} but found {{/${name}}}`;
    }
  }
  return null;
}

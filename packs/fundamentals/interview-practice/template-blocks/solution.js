// Checks that the blocks of a message template are opened and closed in the right order.
export function findBlockError(template) {
  const open = [];
  const tags = template.match(/\{\{[#/]\w+[^}]*\}\}/g) || [];

  for (const tag of tags) {
    const name = tag.slice(3, -2).split(" ")[0];
    if (tag[2] === "#") {
      open.push(name);
    } else {
      const last = open.pop();
      if (last === undefined) {
        return `Unexpected {{/${name}}}`;
      }
      if (last !== name) {
        return `Expected {{/${last}}} but found {{/${name}}}`;
      }
    }
  }

  if (open.length > 0) {
    return `Unclosed {{#${open[open.length - 1]}}}`;
  }
  return null;
}

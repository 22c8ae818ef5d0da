export function ingredientList(text) {
  if (text === "") {
    return "";
  }
  const items = text.split(",");
  if (items.length === 1) {
    return items[0];
  }
  const allButLast = items.slice(0, -1);
  const last = items[items.length - 1];
  return `${allButLast.join(", ")} and ${last}`;
}

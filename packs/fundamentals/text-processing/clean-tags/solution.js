export function cleanTags(text) {
  const tags = [];
  for (const piece of text.split(",")) {
    const tag = piece.trim().toLowerCase();
    if (tag !== "" && !tags.includes(tag)) {
      tags.push(tag);
    }
  }
  return tags;
}

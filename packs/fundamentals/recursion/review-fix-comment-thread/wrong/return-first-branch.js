// Wrong fix: fixes the counting and the lines, but hasAuthor still returns the first branch's
// answer without looking at the others.
export function countComments(comments) {
  let total = 0;
  for (const comment of comments) {
    total += 1 + countComments(comment.replies);
  }
  return total;
}

export function threadLines(comments, depth = 0) {
  const lines = [];
  for (const comment of comments) {
    lines.push("  ".repeat(depth) + comment.author + ": " + comment.text);
    lines.push(...threadLines(comment.replies, depth + 1));
  }
  return lines;
}

export function hasAuthor(comments, author) {
  for (const comment of comments) {
    if (comment.author === author) {
      return true;
    }
    return hasAuthor(comment.replies, author);
  }
  return false;
}

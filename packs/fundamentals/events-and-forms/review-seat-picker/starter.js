const seats = document.querySelector("#seats");
const selection = document.querySelector("#selection");
const total = document.querySelector("#total");
const limitMessage = document.querySelector("#limit-message");
const clear = document.querySelector("#clear");

// Your code here

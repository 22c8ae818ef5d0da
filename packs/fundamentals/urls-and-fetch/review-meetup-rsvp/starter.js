const form = document.querySelector("#rsvp");
const button = form.querySelector("button");
const status = document.querySelector("#status");
const FIELDS = ["name", "email", "guests"];

// Your code here

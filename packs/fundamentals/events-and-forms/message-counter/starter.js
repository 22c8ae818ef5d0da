// On every change to #message, show "<length> / 280" in #counter,
// and give #counter the class "over-limit" while the message is longer than 280 characters.
const message = document.querySelector('#message');
const counter = document.querySelector('#counter');

// Your code here

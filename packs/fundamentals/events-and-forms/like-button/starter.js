// When the "Me gusta" button is clicked, add 1 to the number shown in #like-count.
const likeButton = document.querySelector('#like-button');
const likeCount = document.querySelector('#like-count');

// Your code here

// Declares the counter inside the listener, so every click starts again from 0 and shows 1.
const likeButton = document.querySelector('#like-button');
const likeCount = document.querySelector('#like-count');

likeButton.addEventListener('click', () => {
  let likes = 0;
  likes = likes + 1;
  likeCount.textContent = likes;
});

const likeButton = document.querySelector('#like-button');
const likeCount = document.querySelector('#like-count');

let likes = 0;

likeButton.addEventListener('click', () => {
  likes = likes + 1;
  likeCount.textContent = likes;
});

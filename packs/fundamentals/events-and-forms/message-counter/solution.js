const LIMIT = 280;
const message = document.querySelector('#message');
const counter = document.querySelector('#counter');

message.addEventListener('input', () => {
  const length = message.value.length;
  counter.textContent = `${length} / ${LIMIT}`;
  counter.classList.toggle('over-limit', length > LIMIT);
});

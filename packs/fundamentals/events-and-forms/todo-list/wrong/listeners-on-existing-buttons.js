// Gives the buttons that exist at load time their own listeners, so tasks added later do not work.
const form = document.querySelector('#new-task');
const taskField = document.querySelector('#task');
const tasks = document.querySelector('#tasks');
const remaining = document.querySelector('#remaining');

function createTask(text) {
  const item = document.createElement('li');
  item.className = 'task';
  const span = document.createElement('span');
  span.className = 'text';
  span.textContent = text;
  const done = document.createElement('button');
  done.type = 'button';
  done.className = 'done-button';
  done.setAttribute('aria-pressed', 'false');
  done.textContent = 'Done';
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'delete-button';
  remove.textContent = 'Delete';
  item.append(span, done, remove);
  return item;
}

function showRemaining() {
  const left = tasks.querySelectorAll('li:not(.done)').length;
  remaining.textContent = left === 1 ? '1 task left' : `${left} tasks left`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = taskField.value.trim();
  if (text === '') return;
  tasks.append(createTask(text));
  form.reset();
  taskField.focus();
  showRemaining();
});

for (const button of document.querySelectorAll('.delete-button')) {
  button.addEventListener('click', () => {
    button.closest('li').remove();
    showRemaining();
  });
}
for (const button of document.querySelectorAll('.done-button')) {
  button.addEventListener('click', () => {
    const isDone = button.closest('li').classList.toggle('done');
    button.setAttribute('aria-pressed', isDone ? 'true' : 'false');
    showRemaining();
  });
}

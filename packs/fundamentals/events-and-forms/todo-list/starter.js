// Submit: add a task (trimmed, never only spaces), then empty the field and focus it.
// One click listener on #tasks: Done toggles "done" and aria-pressed; Delete removes the task.
// #remaining: "N tasks left" / "1 task left", counting the tasks that are not done.
const form = document.querySelector('#new-task');
const taskField = document.querySelector('#task');
const tasks = document.querySelector('#tasks');
const remaining = document.querySelector('#remaining');

// Builds a new task item with the same structure as the tasks in the page.
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

// Your code here

// Hides the finished tasks instead of removing them, so they are still on the page.
export function clearFinished() {
  const finished = document.querySelectorAll('#tasks li[data-done="true"]');
  for (const task of finished) {
    task.hidden = true;
  }
  const left = document.querySelectorAll('#tasks li:not([hidden])').length;
  let text;
  if (left === 0) {
    text = "All done!";
  } else if (left === 1) {
    text = "1 task left";
  } else {
    text = `${left} tasks left`;
  }
  document.getElementById("summary").textContent = text;
  return finished.length;
}

clearFinished();

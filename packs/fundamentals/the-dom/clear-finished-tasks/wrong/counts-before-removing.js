// Counts the tasks left before removing the finished ones.
export function clearFinished() {
  const all = document.querySelectorAll("#tasks li");
  const finished = document.querySelectorAll('#tasks li[data-done="true"]');
  const left = all.length;
  for (const task of finished) {
    task.remove();
  }
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

// Hides Load more after an error, so the failed page can't be asked for again.
const form = document.querySelector("#search");
const field = document.querySelector("#skill");
const searchButton = form.querySelector("button");
const moreButton = document.querySelector("#more");
const status = document.querySelector("#status");
const list = document.querySelector("#jobs");

let q = "";
let lastPage = 0;

function jobItem(job) {
  const item = document.createElement("li");
  item.textContent = `${job.title} · ${job.company} (${job.location})`;
  return item;
}

async function loadPage(page) {
  status.textContent = "Loading…";
  searchButton.disabled = true;
  moreButton.disabled = true;
  try {
    const query = new URLSearchParams({ q, page });
    const response = await fetch(`/api/jobs?${query}`);
    if (!response.ok) {
      throw new Error(`Status ${response.status}`);
    }
    const result = await response.json();
    list.append(...result.jobs.map(jobItem));
    lastPage = page;
    const shown = list.children.length;
    status.textContent = shown === 0 ? `No jobs for "${q}".` : `Showing ${shown} jobs for "${q}"`;
    moreButton.hidden = !result.hasMore;
  } catch (error) {
    status.textContent = "Could not load jobs. Try again.";
    moreButton.hidden = true;
  } finally {
    searchButton.disabled = false;
    moreButton.disabled = false;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = field.value.trim();
  if (text === "") {
    status.textContent = "Type a skill to search.";
    return;
  }
  q = text;
  lastPage = 0;
  list.replaceChildren();
  moreButton.hidden = true;
  loadPage(1);
});

moreButton.addEventListener("click", () => {
  loadPage(lastPage + 1);
});

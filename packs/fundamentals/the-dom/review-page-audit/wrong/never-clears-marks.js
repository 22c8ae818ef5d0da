// Never removes the marks of an earlier run, so fixed elements stay flagged.
const VAGUE = ["click here", "here", "read more"];

function flag(element, rule) {
  element.classList.add("audit-flag");
  element.dataset.audit = rule;
}

// Returns the problems of the page, in page order, marks each element that has one
// (class "audit-flag", data-audit="alt" | "link" | "heading" | "button"),
// and writes the summary in #audit-summary.
export function auditPage() {

  const problems = [];
  let previousLevel = 0;
  const elements = document.querySelectorAll("img, a, button, h1, h2, h3, h4, h5, h6");
  elements.forEach((element) => {
    const tag = element.tagName.toLowerCase();
    if (tag === "img") {
      if (element.getAttribute("alt") === null) {
        problems.push(`Image without alt: ${element.getAttribute("src")}`);
        flag(element, "alt");
      }
    } else if (tag === "a") {
      const text = element.textContent.trim();
      if (VAGUE.includes(text.toLowerCase())) {
        problems.push(`Vague link text: ${text}`);
        flag(element, "link");
      }
    } else if (tag === "button") {
      if (element.textContent.trim() === "" && element.getAttribute("aria-label") === null) {
        problems.push("Button without a name");
        flag(element, "button");
      }
    } else {
      const level = Number(tag[1]);
      if (level > previousLevel + 1) {
        problems.push(`Heading skips a level: ${tag} ${previousLevel === 0 ? "at" : "after"} ${previousLevel === 0 ? "the start" : `h${previousLevel}`}`);
        flag(element, "heading");
      }
      previousLevel = level;
    }
  });

  const summary = document.getElementById("audit-summary");
  if (problems.length === 0) {
    summary.textContent = "No problems found";
  } else if (problems.length === 1) {
    summary.textContent = "1 problem found";
  } else {
    summary.textContent = `${problems.length} problems found`;
  }
  return problems;
}

auditPage();

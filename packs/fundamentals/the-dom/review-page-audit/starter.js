// Returns the problems of the page, in page order, marks each element that has one
// (class "audit-flag", data-audit="alt" | "link" | "heading" | "button"),
// and writes the summary in #audit-summary.
export function auditPage() {
  // Your code here
}

auditPage();

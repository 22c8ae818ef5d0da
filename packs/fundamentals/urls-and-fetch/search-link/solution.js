// Returns the address of a search on Antojos: https://antojos.example/buscar?q=...&zone=...
export function searchLink(term, zone) {
  const url = new URL("https://antojos.example/buscar");
  url.searchParams.set("q", term);
  if (zone) {
    url.searchParams.set("zone", zone);
  }
  return url.href;
}

// Give every link with class "popular" its href.
for (const link of document.querySelectorAll(".popular")) {
  link.href = searchLink(link.dataset.term);
}

// Returns the address of a search on Antojos: https://antojos.example/buscar?q=...&zone=...
export function searchLink(term, zone) {
  return "https://antojos.example/buscar?q=" + term;
}

// Give every link with class "popular" its href.

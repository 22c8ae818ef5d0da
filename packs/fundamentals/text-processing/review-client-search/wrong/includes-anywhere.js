// Wrong: looks for the query anywhere in the name instead of at the start of a word.
function plain(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

export function searchClients(clients, query) {
  const wanted = plain(query).split(/[\s-]+/).filter((word) => word !== "");
  if (wanted.length === 0) {
    return [];
  }
  return clients.filter((client) => wanted.every((part) => plain(client).includes(part)));
}

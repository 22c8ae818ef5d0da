// Wrong: splits on single spaces only, so hyphenated names and doubled spaces break, and an
// empty query matches everyone.
function plain(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

export function searchClients(clients, query) {
  const wanted = plain(query.trim()).split(" ");
  return clients.filter((client) => {
    const nameWords = plain(client).split(" ");
    return wanted.every((part) => nameWords.some((word) => word.startsWith(part)));
  });
}

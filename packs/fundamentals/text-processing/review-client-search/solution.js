function plain(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

function words(text) {
  return plain(text)
    .split(/[\s-]+/)
    .filter((word) => word !== "");
}

export function searchClients(clients, query) {
  const wanted = words(query);
  if (wanted.length === 0) {
    return [];
  }
  return clients.filter((client) => {
    const nameWords = words(client);
    return wanted.every((part) => nameWords.some((word) => word.startsWith(part)));
  });
}

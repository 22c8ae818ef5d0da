// Wrong: lowercases but never removes accents, so "jose" does not find "José".
function words(text) {
  return text
    .toLowerCase()
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

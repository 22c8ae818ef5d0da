// Wrong fix: collects the names with forEach and push, but forgets to return the array.
export function clientsIn(roster, city) {
  return roster.filter((developer) => developer.city === city);
}

export function namesOf(roster) {
  const names = [];
  roster.forEach((developer) => names.push(developer.name));
}

export function findByRfc(roster, rfc) {
  return roster.find((developer) => developer.rfc === rfc);
}

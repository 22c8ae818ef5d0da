export function clientsIn(roster, city) {
  return roster.filter((developer) => developer.city === city);
}

export function namesOf(roster) {
  return roster.map((developer) => developer.name);
}

export function findByRfc(roster, rfc) {
  return roster.find((developer) => developer.rfc === rfc);
}

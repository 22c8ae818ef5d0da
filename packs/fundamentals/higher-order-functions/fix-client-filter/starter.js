export function clientsIn(roster, city) {
  return roster.filter((developer) => developer.city = city);
}

export function namesOf(roster) {
  return roster.forEach((developer) => developer.name);
}

export function findByRfc(roster, rfc) {
  return roster.filter((developer) => developer.rfc === rfc);
}

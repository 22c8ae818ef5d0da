export function makeContact(name, phone) {
  return { name, phone, favorite: false };
}

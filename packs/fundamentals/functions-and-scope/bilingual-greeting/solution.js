export function greetVisitor(name = "friend", language = "en") {
  if (language === "es") {
    return `Hola, ${name}!`;
  }
  return `Hello, ${name}!`;
}

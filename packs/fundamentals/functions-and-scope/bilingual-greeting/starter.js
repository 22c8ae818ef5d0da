export function greetVisitor(name, language) {
  // Your code here
}

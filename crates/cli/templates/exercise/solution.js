// Your reference solution: every test must pass against it. Learners do not see it.
export function {{function}}(name) {
  return `Hello, ${name}!`;
}

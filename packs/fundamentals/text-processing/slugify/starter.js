export function slugify(title) {
  // Your code here
}

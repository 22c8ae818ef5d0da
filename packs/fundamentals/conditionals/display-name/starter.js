export function displayName(nickname, fullName) {
  // Your code here
}

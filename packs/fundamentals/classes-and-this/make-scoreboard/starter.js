export function makeScoreboard(home, away) {
  // Your code here
}

export function makeScoreboard(home, away) {
  // Your code here
  return {
    goal: (team) => {},
    undo: () => {},
    score: () => {},
    leader: () => {},
  };
}

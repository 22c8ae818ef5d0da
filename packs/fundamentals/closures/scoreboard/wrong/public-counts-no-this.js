// Wrong approach: no private state; the counts and history are public properties of the object.
export function makeScoreboard(home, away) {
  const board = {
    homeGoals: 0,
    awayGoals: 0,
    history: [],
    goal: (team) => {
      if (team === home) {
        board.homeGoals = board.homeGoals + 1;
      } else if (team === away) {
        board.awayGoals = board.awayGoals + 1;
      } else {
        return false;
      }
      board.history.push(team);
      return true;
    },
    undo: () => {
      if (board.history.length === 0) {
        return null;
      }
      const team = board.history.pop();
      if (team === home) {
        board.homeGoals = board.homeGoals - 1;
      } else {
        board.awayGoals = board.awayGoals - 1;
      }
      return team;
    },
    score: () => `${home} ${board.homeGoals} - ${board.awayGoals} ${away}`,
    leader: () => {
      if (board.homeGoals > board.awayGoals) {
        return home;
      }
      if (board.awayGoals > board.homeGoals) {
        return away;
      }
      return "draw";
    },
  };
  return board;
}

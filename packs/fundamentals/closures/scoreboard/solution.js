export function makeScoreboard(home, away) {
  const goals = [];

  function goalsOf(team) {
    return goals.filter((name) => name === team).length;
  }

  return {
    goal: (team) => {
      if (team !== home && team !== away) {
        return false;
      }
      goals.push(team);
      return true;
    },
    undo: () => {
      if (goals.length === 0) {
        return null;
      }
      return goals.pop();
    },
    score: () => `${home} ${goalsOf(home)} - ${goalsOf(away)} ${away}`,
    leader: () => {
      const homeGoals = goalsOf(home);
      const awayGoals = goalsOf(away);
      if (homeGoals > awayGoals) {
        return home;
      }
      if (awayGoals > homeGoals) {
        return away;
      }
      return "draw";
    },
  };
}

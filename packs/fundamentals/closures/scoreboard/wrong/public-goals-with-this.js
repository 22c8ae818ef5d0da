// Wrong approach: keeps the goals in a public array on the returned object and uses `this`.
export function makeScoreboard(home, away) {
  return {
    goals: [],
    goalsOf(team) {
      return this.goals.filter((name) => name === team).length;
    },
    goal(team) {
      if (team !== home && team !== away) {
        return false;
      }
      this.goals.push(team);
      return true;
    },
    undo() {
      if (this.goals.length === 0) {
        return null;
      }
      return this.goals.pop();
    },
    score() {
      return `${home} ${this.goalsOf(home)} - ${this.goalsOf(away)} ${away}`;
    },
    leader() {
      const homeGoals = this.goalsOf(home);
      const awayGoals = this.goalsOf(away);
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

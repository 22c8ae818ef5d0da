export function makeScoreboard(home, away) {
  return {
    home,
    away,
    homeGoals: 0,
    awayGoals: 0,
    goal(side) {
      if (side === "home") {
        this.homeGoals++;
      } else if (side === "away") {
        this.awayGoals++;
      }
    },
    summary() {
      return `${this.home} ${this.homeGoals} - ${this.awayGoals} ${this.away}`;
    },
  };
}

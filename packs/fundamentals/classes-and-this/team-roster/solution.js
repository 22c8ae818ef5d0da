export class Team {
  constructor(name) {
    this.name = name;
    this.players = [];
    this.recordGoal = this.recordGoal.bind(this);
  }

  addPlayers(names) {
    names.forEach((name) => this.players.push({ name, goals: 0 }));
  }

  recordGoal(playerName) {
    const player = this.players.find((p) => p.name === playerName);
    if (!player) {
      return false;
    }
    player.goals++;
    return true;
  }

  get totalGoals() {
    return this.players.reduce((sum, player) => sum + player.goals, 0);
  }

  get topScorer() {
    if (this.players.length === 0) {
      return null;
    }
    let best = this.players[0];
    for (const player of this.players) {
      if (player.goals > best.goals) {
        best = player;
      }
    }
    return best.name;
  }

  lineup() {
    return this.players.map((player) => `${player.name} (${player.goals})`);
  }
}

export class Team {
  constructor(name) {
    // Your code here
  }

  addPlayers(names) {
    // Your code here
  }

  recordGoal(playerName) {
    // Your code here
  }

  get totalGoals() {
    // Your code here
  }

  get topScorer() {
    // Your code here
  }

  lineup() {
    // Your code here
  }
}

export class TicketQueue {
  constructor() {
    // Your code here
  }

  join(name) {
    // Your code here
  }

  serve() {
    // Your code here
  }

  waiting() {
    // Your code here
  }

  positionOf(name) {
    // Your code here
  }
}

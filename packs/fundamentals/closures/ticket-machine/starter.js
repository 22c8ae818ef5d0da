// The ticket machine at the entrance of a bank branch in Guadalajara.
// Its state lives in module-level variables: there can only be one machine.
let nextNumber = 1;
let taken = 0;

// Gives the next ticket: "A-001", "A-002", ...
export function takeTicket() {
  const ticket = "A-" + String(nextNumber).padStart(3, "0");
  nextNumber = nextNumber + 1;
  taken = taken + 1;
  return ticket;
}

// How many tickets were given since the last reset.
export function ticketsTaken() {
  return taken;
}

// Starts again from 001 (every morning).
export function resetTickets() {
  nextNumber = 1;
  taken = 0;
}

// New: see the instructions.
export function makeTicketMachine(prefix) {
  // Your code here
}

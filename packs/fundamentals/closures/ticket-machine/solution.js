// The ticket machines at the entrance of a bank branch in Guadalajara.
// Each machine keeps its own private state.
export function makeTicketMachine(prefix) {
  let nextNumber = 1;
  let taken = 0;

  return {
    take: () => {
      const ticket = prefix + "-" + String(nextNumber).padStart(3, "0");
      nextNumber = nextNumber + 1;
      taken = taken + 1;
      return ticket;
    },
    taken: () => taken,
    reset: () => {
      nextNumber = 1;
      taken = 0;
    },
  };
}

// The original machine, kept so that the existing screens keep working.
const machineA = makeTicketMachine("A");

// Gives the next ticket: "A-001", "A-002", ...
export function takeTicket() {
  return machineA.take();
}

// How many tickets were given since the last reset.
export function ticketsTaken() {
  return machineA.taken();
}

// Starts again from 001 (every morning).
export function resetTickets() {
  machineA.reset();
}

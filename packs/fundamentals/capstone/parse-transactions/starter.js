// Step 1: turn one line of text into a transaction record, with the amount in centavos.
export function parseLine(line) {
  // Your code here
}

// Step 1: turn a whole text into records, skipping blank lines and # comments.
export function parseTransactions(text) {
  // Your code here
}

export function csvToRecords(text) {
  // Your code here
}

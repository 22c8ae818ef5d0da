export function csvToRecords(text, textColumns = []) {
  // Your code here
}

export async function studentReport(fetchStudent, fetchGrades, id) {
  // Your code here
}

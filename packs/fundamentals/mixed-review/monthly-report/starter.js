export async function monthlyReport(months, loadStatement) {
  // Your code here
}

export async function studentReport(fetchStudent, fetchGrades, id) {
  let student;
  try {
    student = await fetchStudent(id);
  } catch (error) {
    throw new Error(`Student ${id} not found`);
  }

  let grades;
  try {
    grades = await fetchGrades(id);
  } catch (error) {
    grades = [];
  }

  if (grades.length === 0) {
    return { name: student.name, average: null };
  }

  const sum = grades.reduce((total, grade) => total + grade, 0);
  const average = Math.round((sum / grades.length) * 10) / 10;
  return { name: student.name, average };
}

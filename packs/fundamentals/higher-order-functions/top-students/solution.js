export function topStudents(students, count) {
  return students
    .filter((student) => !student.absent)
    .sort((a, b) => {
      if (a.score !== b.score) {
        return b.score - a.score;
      }
      return a.name.localeCompare(b.name);
    })
    .slice(0, count)
    .map((student) => `${student.name} (${student.score})`);
}

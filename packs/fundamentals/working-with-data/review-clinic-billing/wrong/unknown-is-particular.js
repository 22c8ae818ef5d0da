// Treats a visit of an unknown patient like a patient without insurance ("Particular"),
// and sorts only by total, leaving ties in the order they were found.
export function billingByInsurer(jsonText) {
  const { patients, visits } = JSON.parse(jsonText);
  const patientsById = Object.create(null);
  for (const patient of patients) {
    patientsById[patient.id] = patient;
  }
  const groups = Object.create(null);
  for (const visit of visits) {
    const insurer = patientsById[visit.patientId]?.insurance?.provider ?? "Particular";
    const amount = (visit.charges ?? []).reduce((sum, charge) => sum + charge.centavos, 0);
    if (groups[insurer] === undefined) {
      groups[insurer] = { insurer, visits: 0, totalCentavos: 0 };
    }
    groups[insurer].visits += 1;
    groups[insurer].totalCentavos += amount;
  }
  return Object.values(groups).sort((a, b) => b.totalCentavos - a.totalCentavos);
}

// Skips the visits that have no charges, so they are not counted as visits.
export function billingByInsurer(jsonText) {
  const { patients, visits } = JSON.parse(jsonText);
  const patientsById = Object.create(null);
  for (const patient of patients) {
    patientsById[patient.id] = patient;
  }
  const groups = Object.create(null);
  for (const visit of visits) {
    if (!visit.charges || visit.charges.length === 0) {
      continue;
    }
    const patient = patientsById[visit.patientId];
    const insurer = patient === undefined ? "Unknown" : patient.insurance?.provider ?? "Particular";
    const amount = visit.charges.reduce((sum, charge) => sum + charge.centavos, 0);
    if (groups[insurer] === undefined) {
      groups[insurer] = { insurer, visits: 0, totalCentavos: 0 };
    }
    groups[insurer].visits += 1;
    groups[insurer].totalCentavos += amount;
  }
  return Object.values(groups).sort((a, b) => b.totalCentavos - a.totalCentavos || (a.insurer < b.insurer ? -1 : 1));
}

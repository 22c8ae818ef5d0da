// Wrong: pushes the entry itself into the result, so adding hours changes the caller's entries.
export function weeklyHours(entries) {
  return entries.reduce((people, entry) => {
    const person = people.find((p) => p.name === entry.name);
    if (person === undefined) {
      people.push(entry);
    } else {
      person.hours += entry.hours;
    }
    return people;
  }, []);
}

function payFor(hours, rate) {
  const regular = Math.min(hours, 48);
  const double = Math.min(Math.max(hours - 48, 0), 9);
  const triple = Math.max(hours - 57, 0);
  return Math.round(regular * rate + double * rate * 2 + triple * rate * 3);
}

export function weeklyPay(entries, rate) {
  return weeklyHours(entries)
    .map((p) => ({ name: p.name, hours: p.hours, pay: payFor(p.hours, rate) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function payrollTotal(entries, rate) {
  return weeklyPay(entries, rate).reduce((sum, p) => sum + p.pay, 0);
}

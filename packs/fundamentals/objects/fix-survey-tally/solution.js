export function tallyVotes(responses) {
  const counts = {};
  for (const response of responses) {
    if (Object.hasOwn(counts, response.choice)) {
      counts[response.choice]++;
    } else {
      counts[response.choice] = 1;
    }
  }
  return counts;
}

export function emailsToNotify(responses) {
  const emails = [];
  for (const response of responses) {
    const email = response.contact?.email;
    if (email !== undefined) {
      emails.push(email);
    }
  }
  return emails;
}

export function tallyVotes(responses) {
  const counts = {};
  for (const response of responses) {
    counts[response.choice]++;
  }
  return counts;
}

export function emailsToNotify(responses) {
  const emails = [];
  for (const response of responses) {
    emails.push(response.contact.email);
  }
  return emails;
}

// Wrong fix: sets every choice to 1, so a second vote overwrites the first instead of adding.
export function tallyVotes(responses) {
  const counts = {};
  for (const response of responses) {
    counts[response.choice] = 1;
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

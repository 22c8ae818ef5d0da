// Wrong fix: adds ?. so nothing throws, but pushes undefined for everyone without an email.
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
    emails.push(response.contact?.email);
  }
  return emails;
}

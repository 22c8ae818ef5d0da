// "  Querétaro " → "queretaro"
export function cleanAnswer(answer) {
  answer.trim();
  answer.toLowerCase();
  return answer.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

// "Ana: Querétaro\nLuis: queretaro" → { queretaro: 2 }
export function tallyAnswers(text) {
  const counts = {};
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (line.trim() === "" || colon === -1) {
      continue;
    }
    const answer = cleanAnswer(line.slice(colon));
    if (Object.hasOwn(counts, answer)) {
      counts[answer] = counts[answer] + 1;
    } else {
      counts[answer] = 1;
    }
  }
  return counts;
}

// { queretaro: 2, monterrey: 3 } → "monterrey"
export function topAnswer(counts) {
  let best = null;
  for (const answer in counts) {
    if (best === null || counts[answer] > counts[best]) {
      best = answer;
    }
  }
  return best;
}

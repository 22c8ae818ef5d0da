import { describe, test, expect } from '@jest/globals';
import { tallyVotes, emailsToNotify } from './solution';

const makeResponses = () => [
  { name: "Mariana", choice: "tacos", contact: { email: "mariana@example.com" } },
  { name: "Kenji", choice: "sushi" },
  { name: "Paola", choice: "tacos", contact: { phone: "3312345678" } },
  { name: "Rubén", choice: "pozole", contact: { email: "ruben@example.com" } },
];

describe('tallyVotes', () => {
  test('counts the votes for each choice', () => {
    expect(tallyVotes(makeResponses())).toEqual({ tacos: 2, sushi: 1, pozole: 1 });
  });

  test('counts many votes for the same choice', () => {
    const votes = [{ choice: "tortas" }, { choice: "tortas" }, { choice: "tortas" }];
    expect(tallyVotes(votes)).toEqual({ tortas: 3 });
  });

  test('no responses means no votes', () => {
    expect(tallyVotes([])).toEqual({});
  });

  test('does not change the responses', () => {
    const responses = makeResponses();
    tallyVotes(responses);
    expect(responses).toEqual(makeResponses());
  });
});

describe('emailsToNotify', () => {
  test('collects the emails in the order of the responses', () => {
    expect(emailsToNotify(makeResponses())).toEqual(["mariana@example.com", "ruben@example.com"]);
  });

  test('skips responses without a contact', () => {
    expect(emailsToNotify([{ name: "Kenji", choice: "sushi" }])).toEqual([]);
  });

  test('skips contacts without an email', () => {
    const responses = [{ name: "Paola", choice: "tacos", contact: { phone: "3312345678" } }];
    expect(emailsToNotify(responses)).toEqual([]);
  });

  test('keeps every email when everybody gave one', () => {
    const responses = [
      { name: "Ana", choice: "tacos", contact: { email: "ana@example.com" } },
      { name: "Leo", choice: "sushi", contact: { email: "leo@example.com" } },
    ];
    expect(emailsToNotify(responses)).toEqual(["ana@example.com", "leo@example.com"]);
  });
});

import { describe, test, expect } from '@jest/globals';
import { groupAnagrams } from './solution';

describe('groupAnagrams', () => {
  test('groups the example words', () => {
    expect(groupAnagrams(['amor', 'saco', 'Roma', 'cosa', 'luz', 'mora', 'caso'])).toEqual([
      ['amor', 'Roma', 'mora'],
      ['saco', 'cosa', 'caso'],
      ['luz'],
    ]);
  });

  test('returns no groups for no words', () => {
    expect(groupAnagrams([])).toEqual([]);
  });

  test('a single word is a group of one', () => {
    expect(groupAnagrams(['Monterrey'])).toEqual([['Monterrey']]);
  });

  test('ignores capitals but keeps the words as written', () => {
    expect(groupAnagrams(['RAMO', 'Omar', 'mora'])).toEqual([['RAMO', 'Omar', 'mora']]);
  });

  test('counts every letter, not just which letters appear', () => {
    expect(groupAnagrams(['ala', 'la', 'al'])).toEqual([['ala'], ['la', 'al']]);
  });

  test('treats accented letters as different letters', () => {
    expect(groupAnagrams(['rió', 'rio', 'ori'])).toEqual([['rió'], ['rio', 'ori']]);
  });

  test('keeps repeated words', () => {
    expect(groupAnagrams(['sol', 'los', 'sol'])).toEqual([['sol', 'los', 'sol']]);
  });

  test('does not change the list', () => {
    const words = ['Roma', 'amor'];
    groupAnagrams(words);
    expect(words).toEqual(['Roma', 'amor']);
  });
});

import { describe, test, expect } from '@jest/globals';
import { playlistLength } from './solution';

describe('playlistLength', () => {
  test('adds up three songs', () => {
    const playlist = [
      { title: 'Despacito', seconds: 229 },
      { title: 'Bohemian Rhapsody', seconds: 354 },
      { title: 'Vivir mi vida', seconds: 252 },
    ];
    expect(playlistLength(playlist)).toBe('13:55');
  });

  test('writes seconds under 10 with two digits', () => {
    expect(playlistLength([{ title: 'Intro', seconds: 65 }])).toBe('1:05');
  });

  test('shows zero minutes for a short song', () => {
    expect(playlistLength([{ title: 'Jingle', seconds: 30 }])).toBe('0:30');
  });

  test('an exact number of minutes ends in :00', () => {
    expect(playlistLength([{ title: 'Canción', seconds: 120 }, { title: 'Ñu', seconds: 60 }])).toBe('3:00');
  });

  test('an empty playlist lasts 0:00', () => {
    expect(playlistLength([])).toBe('0:00');
  });

  test('keeps counting minutes past an hour', () => {
    const playlist = [
      { title: 'Long mix', seconds: 3600 },
      { title: 'Encore', seconds: 930 },
    ];
    expect(playlistLength(playlist)).toBe('75:30');
  });

  test('works with many songs', () => {
    const playlist = [];
    for (let i = 0; i < 10; i++) {
      playlist.push({ title: 'Song ' + i, seconds: 59 });
    }
    expect(playlistLength(playlist)).toBe('9:50');
  });
});

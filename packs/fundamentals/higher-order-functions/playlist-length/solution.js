export function playlistLength(songs) {
  const total = songs.reduce((sum, song) => sum + song.seconds, 0);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;

  let secondsText = String(seconds);
  if (seconds < 10) {
    secondsText = "0" + secondsText;
  }
  return `${minutes}:${secondsText}`;
}

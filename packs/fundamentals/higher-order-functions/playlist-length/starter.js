export function playlistLength(songs) {
  // Your code here
}

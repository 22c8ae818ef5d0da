export function displayName(nickname, fullName) {
  const cleanNickname = nickname && nickname.trim();
  const cleanFullName = fullName && fullName.trim();
  return cleanNickname || cleanFullName || 'Guest';
}

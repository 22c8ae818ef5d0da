export function applyUpdate(profile, changes) {
  // Your code here
}

export function changedFields(before, after) {
  // Your code here
}

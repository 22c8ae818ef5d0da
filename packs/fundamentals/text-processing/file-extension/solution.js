export function fileExtension(fileName) {
  if (!fileName.includes(".")) {
    return "";
  }
  return fileName.split(".").at(-1).toLowerCase();
}

// Wrong fix: keeps the files of the subfolders, but does not pass the path down, so they lose their parent folders.
// A folder: { name: "clientes", children: [ ...files and folders ] }
// A file:   { name: "factura.pdf", size: 120 }   (size in KB, files have no children)

// All the file paths inside a folder, like "clientes/acme/factura.pdf".
export function listFiles(folder, parentPath = "") {
  const path = parentPath === "" ? folder.name : parentPath + "/" + folder.name;
  let files = [];
  for (const item of folder.children) {
    if (Array.isArray(item.children)) {
      files = files.concat(listFiles(item));
    } else {
      files.push(path + "/" + item.name);
    }
  }
  return files;
}

// The total size in KB of every file inside a folder, at any depth.
export function totalSize(folder) {
  let total = 0;
  for (const item of folder.children) {
    if (Array.isArray(item.children)) {
      total += totalSize(item);
    } else {
      total += item.size;
    }
  }
  return total;
}

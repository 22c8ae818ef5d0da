// Wrong fix: visits the subfolders with a stack in a while loop instead of letting listFiles call itself.
// A folder: { name: "clientes", children: [ ...files and folders ] }
// A file:   { name: "factura.pdf", size: 120 }   (size in KB, files have no children)

// All the file paths inside a folder, like "clientes/acme/factura.pdf".
export function listFiles(folder, parentPath = "") {
  const path = parentPath === "" ? folder.name : parentPath + "/" + folder.name;
  const files = [];
  const stack = [{ items: folder.children, index: 0, path }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.index === top.items.length) {
      stack.pop();
      continue;
    }
    const item = top.items[top.index];
    top.index += 1;
    if (Array.isArray(item.children)) {
      stack.push({ items: item.children, index: 0, path: top.path + "/" + item.name });
    } else {
      files.push(top.path + "/" + item.name);
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

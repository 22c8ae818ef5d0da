export class PaperJamError extends Error {
  constructor(page) {
    super(`Paper jam on page ${page}`);
    this.name = "PaperJamError";
    this.page = page;
  }
}

// printer: { busy: false, printPage(docName, page) }, where printPage may throw.
// doc: { name: "contrato.pdf", pages: 3 }
export function printDocument(printer, doc) {
  if (printer.busy) {
    throw new Error("Printer is busy");
  }
  printer.busy = true;
  try {
    for (let page = 1; page <= doc.pages; page++) {
      printer.printPage(doc.name, page);
    }
    return `Printed ${doc.name} (${doc.pages} ${doc.pages === 1 ? "page" : "pages"})`;
  } catch (error) {
    if (error instanceof PaperJamError) {
      return `Jammed at page ${error.page}: ${doc.name} not finished`;
    }
    throw error;
  } finally {
    printer.busy = false;
  }
}

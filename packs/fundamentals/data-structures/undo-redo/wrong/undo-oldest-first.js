// Wrong approach: undo takes the oldest version (shift) instead of the latest, like a queue.
// A tiny text editor for the notes app of a translation agency.
export class TextEditor {
  constructor() {
    this.content = "";
    this.undoStack = []; // earlier versions of the text, the latest on top
    this.redoStack = []; // versions taken back by undo, the latest on top
  }

  get text() {
    return this.content;
  }

  // Every change goes through here, so that it can be undone.
  change(newContent) {
    if (newContent === this.content) {
      return;
    }
    this.undoStack.push(this.content);
    this.redoStack = [];
    this.content = newContent;
  }

  // Adds text at the end.
  type(text) {
    this.change(this.content + text);
  }

  // Removes the last n characters (all of them if there are fewer than n).
  deleteLast(n) {
    this.change(this.content.slice(0, Math.max(0, this.content.length - n)));
  }

  // Takes back the last change. Returns false when there is nothing to undo.
  undo() {
    if (this.undoStack.length === 0) {
      return false;
    }
    this.redoStack.push(this.content);
    this.content = this.undoStack.shift();
    return true;
  }

  // Brings back the last change that was undone. Returns false when there is nothing to redo.
  redo() {
    if (this.redoStack.length === 0) {
      return false;
    }
    this.undoStack.push(this.content);
    this.content = this.redoStack.pop();
    return true;
  }
}

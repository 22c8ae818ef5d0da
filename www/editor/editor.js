// The code editor: CodeMirror 6 with only the extensions the exercise page uses, behind a small
// API that the Rust side binds to (see crates/app/src/services/editor.rs).
import { EditorState } from '@codemirror/state';
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import {
  bracketMatching, indentOnInput, syntaxHighlighting, defaultHighlightStyle,
} from '@codemirror/language';
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { javascript } from '@codemirror/lang-javascript';
import { StyleModule } from 'style-mod';

// CodeMirror writes the styles of its themes into a <style> element, which the page's
// Content-Security-Policy (no inline styles) blocks. A constructed style sheet is not inline
// markup, so the same rules go there instead, merged in the order CodeMirror asks for (later
// modules win). The layer keeps them below style.css, as the <style> element at the start of
// <head> was.
if (typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in Document.prototype) {
  const sheet = new CSSStyleSheet();
  let mounted = [];
  StyleModule.mount = (root, modules) => {
    const next = mounted.slice();
    let at = 0;
    for (const module of Array.isArray(modules) ? modules : [modules]) {
      const index = next.indexOf(module);
      if (index >= at) {
        at = index + 1;
        continue;
      }
      if (index >= 0) {
        next.splice(index, 1);
        at -= 1;
      }
      next.splice(at, 0, module);
      at += 1;
    }
    if (next.length !== mounted.length || next.some((module, i) => module !== mounted[i])) {
      mounted = next;
      sheet.replaceSync(`@layer editor {\n${mounted.map((m) => m.getRules()).join('\n')}\n}`);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  };
}

/**
 * Mounts an editor in `parent` holding `doc`. `onChange(text)` runs on every edit and `onRun()`
 * on Ctrl/Cmd+Enter. Returns a handle whose destroy() unmounts it.
 */
export function mount(parent, doc, label, onChange, onRun) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        EditorState.tabSize.of(2),
        keymap.of([
          { key: 'Mod-Enter', run: () => { onRun(); return true; } },
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...historyKeymap,
          indentWithTab,
        ]),
        javascript(),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return { destroy: () => view.destroy() };
}

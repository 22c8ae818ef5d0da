// The code editor: CodeMirror 6 with only the extensions the exercise page uses, behind a small
// API that the Rust side binds to (see crates/app/src/services/editor.rs).
import { EditorState, Compartment } from '@codemirror/state';
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import {
  bracketMatching, indentOnInput, syntaxHighlighting, HighlightStyle,
} from '@codemirror/language';
import { tags } from '@lezer/highlight';
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

// Syntax colours from style.css's variables, so the editor follows the light or dark scheme
// (and both keep their contrast).
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.moduleKeyword, tags.operatorKeyword], color: 'var(--hl-keyword)' },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: 'var(--hl-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--hl-number)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--hl-comment)', fontStyle: 'italic' },
  { tag: [tags.function(tags.definition(tags.variableName)), tags.definition(tags.variableName), tags.className], color: 'var(--hl-definition)' },
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--hl-property)' },
  { tag: [tags.variableName], color: 'var(--hl-name)' },
  { tag: [tags.operator, tags.punctuation], color: 'var(--hl-operator)' },
]);

// A page's HTML or style sheet gets its language when languages.js has arrived; until then the
// text is plain, and editable.
let pageLanguages = null;
const loadPageLanguages = () => (pageLanguages ??= import('./languages.js'));

/**
 * Mounts an editor in `parent` holding `doc`, in `language` ('js', 'html' or 'css').
 * `onChange(text)` runs on every edit and `onRun()` on Ctrl/Cmd+Enter. Returns a handle whose
 * destroy() unmounts it.
 */
export function mount(parent, doc, label, onChange, onRun, language) {
  const languageSlot = new Compartment();
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
        syntaxHighlighting(highlight),
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
        languageSlot.of(language === 'html' || language === 'css' ? [] : javascript()),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  let destroyed = false;
  if (language === 'html' || language === 'css') {
    loadPageLanguages().then((languages) => {
      if (!destroyed) view.dispatch({ effects: languageSlot.reconfigure(languages[language]()) });
    }, () => {});
  }
  return {
    destroy: () => {
      destroyed = true;
      view.destroy();
    },
  };
}

// The languages of a page's HTML and style sheet, loaded only when an editor holds one: most
// exercises are scripts, and the editor's first download stays JavaScript's alone.
export { html } from '@codemirror/lang-html';
export { css } from '@codemirror/lang-css';

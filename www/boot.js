// Starts the app. The editor bundle is exposed as a global for the app's wasm binding first.
// A file of its own rather than an inline script: the Content-Security-Policy allows no inline
// script at all.
import * as editor from './editor.js';
import init from './puente-app.js';

window.puenteEditor = editor;
init({ module_or_path: './puente-app_bg.wasm' });

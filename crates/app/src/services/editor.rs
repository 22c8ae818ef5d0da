//! Binding to the CodeMirror bundle (`www/editor/editor.js`), which `www/boot.js` exposes as
//! the global `puenteEditor`. Only this file knows the editor is CodeMirror.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen]
extern "C" {
    /// A mounted editor.
    pub type EditorHandle;

    #[wasm_bindgen(js_namespace = puenteEditor, js_name = mount)]
    fn mount_raw(
        parent: &HtmlElement,
        doc: &str,
        label: &str,
        on_change: &js_sys::Function,
        on_run: &js_sys::Function,
        language: &str,
    ) -> EditorHandle;

    #[wasm_bindgen(method)]
    pub fn destroy(this: &EditorHandle);
}

/// A mounted editor and the closures it calls back into; dropping it unmounts the editor.
pub struct Editor {
    handle: EditorHandle,
    _on_change: Closure<dyn FnMut(String)>,
    _on_run: Closure<dyn FnMut()>,
}

impl Editor {
    /// Mounts an editor with `doc` in `parent`; `language` is `js`, `html` or `css`.
    pub fn mount(
        parent: &HtmlElement,
        doc: &str,
        language: &str,
        label: &str,
        on_change: impl FnMut(String) + 'static,
        on_run: impl FnMut() + 'static,
    ) -> Self {
        let on_change = Closure::<dyn FnMut(String)>::new(on_change);
        let on_run = Closure::<dyn FnMut()>::new(on_run);
        let handle = mount_raw(
            parent,
            doc,
            label,
            on_change.as_ref().unchecked_ref(),
            on_run.as_ref().unchecked_ref(),
            language,
        );
        Editor {
            handle,
            _on_change: on_change,
            _on_run: on_run,
        }
    }
}

impl Drop for Editor {
    fn drop(&mut self) {
        self.handle.destroy();
    }
}

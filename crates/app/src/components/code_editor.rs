use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::i18n::{t, Text};
use crate::services::editor::Editor;

#[derive(Properties, PartialEq)]
pub struct CodeEditorProps {
    /// The text the editor starts with; remount (change the `key`) to replace it.
    pub initial: AttrValue,
    pub on_change: Callback<String>,
    pub on_run: Callback<()>,
    /// The language of the text: `js` (the default), `html` or `css`.
    #[prop_or(AttrValue::Static("js"))]
    pub language: AttrValue,
}

/// The code editor widget. Callbacks are read through a ref at call time, so the editor always
/// reaches the page's latest handlers even though it is mounted once.
#[function_component(CodeEditor)]
pub fn code_editor(props: &CodeEditorProps) -> Html {
    let host = use_node_ref();
    let callbacks = use_mut_ref(|| (props.on_change.clone(), props.on_run.clone()));
    *callbacks.borrow_mut() = (props.on_change.clone(), props.on_run.clone());
    let editor: Rc<RefCell<Option<Editor>>> = use_mut_ref(|| None);
    {
        let host = host.clone();
        let initial = props.initial.clone();
        let language = props.language.clone();
        use_effect_with((), move |_| {
            if let Some(element) = host.cast::<HtmlElement>() {
                let change = callbacks.clone();
                let run = callbacks.clone();
                *editor.borrow_mut() = Some(Editor::mount(
                    &element,
                    &initial,
                    &language,
                    t(Text::EditorLabel),
                    move |code| {
                        let cb = change.borrow().0.clone();
                        cb.emit(code)
                    },
                    move || {
                        let cb = run.borrow().1.clone();
                        cb.emit(())
                    },
                ));
            }
            move || {
                editor.borrow_mut().take();
            }
        });
    }
    html! { <div class="code-editor" ref={host}></div> }
}

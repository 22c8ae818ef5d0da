//! Small helpers for form fields.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// An `oninput` handler that keeps `state` equal to the field's text.
pub fn text_into(state: &UseStateHandle<String>) -> Callback<InputEvent> {
    let state = state.clone();
    Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            state.set(input.value());
        }
    })
}

/// The file chosen in a file field's `change` event. The field is emptied, so choosing the same
/// file again fires `change` again.
pub fn chosen_file(e: &Event) -> Option<web_sys::File> {
    let input = e.target()?.dyn_into::<HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    Some(file)
}

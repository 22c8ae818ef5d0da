//! Small helpers for form fields.

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

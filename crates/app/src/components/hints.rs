use yew::prelude::*;

use crate::i18n::{hint_number, t, Text};

#[derive(Properties, PartialEq)]
pub struct HintsProps {
    /// Hints as sanitized HTML, in order.
    pub hints: Vec<String>,
    pub shown: usize,
    pub on_show_next: Callback<()>,
}

/// Reveals hints one at a time.
#[function_component(Hints)]
pub fn hints(props: &HintsProps) -> Html {
    let total = props.hints.len();
    let shown = props.shown.min(total);
    let onclick = props.on_show_next.reform(|_| ());
    html! {
        <section class="hints" aria-live="polite">
            <ol>
                { for props.hints.iter().take(shown).enumerate().map(|(i, hint)| html! {
                    <li class="hint">
                        <strong>{ hint_number(i + 1, total) }</strong>{ ": " }
                        { Html::from_html_unchecked(AttrValue::from(hint.clone())) }
                    </li>
                }) }
            </ol>
            if shown < total {
                <button class="button" {onclick}>{ format!("{} ({}/{})", t(Text::ShowHint), shown + 1, total) }</button>
            } else {
                <span class="muted small">{ t(Text::NoMoreHints) }</span>
            }
        </section>
    }
}

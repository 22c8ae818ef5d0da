use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MarkdownProps {
    /// HTML rendered from pack Markdown by `course::markdown`, which escapes raw HTML and drops
    /// script links; that is what makes injecting it safe.
    pub html: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

/// Shows pre-rendered, sanitized pack Markdown.
#[function_component(Markdown)]
pub fn markdown(props: &MarkdownProps) -> Html {
    html! {
        <div class={classes!("prose", props.class.clone())}>
            { Html::from_html_unchecked(props.html.clone()) }
        </div>
    }
}

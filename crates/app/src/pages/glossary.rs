//! The glossary: every key term with its Spanish equivalent, searchable in either language.

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::context::use_app;
use crate::i18n::{t, Text};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct GlossaryProps {
    /// A term's route name (`arrow-function`): the page opens filtered to it.
    #[prop_or_default]
    pub term: Option<String>,
}

#[function_component(GlossaryPage)]
pub fn glossary_page(props: &GlossaryProps) -> Html {
    let app = use_app();
    let filter = {
        let start = props
            .term
            .as_deref()
            .and_then(|slug| {
                app.pack
                    .glossary
                    .iter()
                    .find(|t| course::glossary_links::slug(&t.term) == slug)
            })
            .map(|t| t.term.clone())
            .unwrap_or_default();
        use_state(move || start)
    };
    let oninput = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            filter.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let needle = filter.trim().to_lowercase();
    let terms = app.pack.glossary.iter().filter(|term| {
        needle.is_empty()
            || term.term.to_lowercase().contains(&needle)
            || term.es.to_lowercase().contains(&needle)
    });
    html! {
        <section class="glossary">
            <Link<Route> to={Route::Course} classes="back">{ format!("← {}", t(Text::BackToCourse)) }</Link<Route>>
            <h1>{ t(Text::Glossary) }</h1>
            <p class="lead">{ t(Text::GlossaryIntro) }</p>
            <input class="glossary-filter" type="search" placeholder={t(Text::GlossaryFilter)}
                aria-label={t(Text::GlossaryFilter)} value={(*filter).clone()} {oninput} />
            <dl class="terms">
                { for terms.map(|term| html! {
                    <div class="term" data-term={term.term.clone()}>
                        <dt><span class="en">{ &term.term }</span>{ " · " }<span class="es" lang="es">{ &term.es }</span></dt>
                        <dd>
                            <p>{ Html::from_html_unchecked(term.definition_html.clone().into()) }</p>
                            if !term.definition_es_html.is_empty() {
                                <p class="es" lang="es">{ Html::from_html_unchecked(term.definition_es_html.clone().into()) }</p>
                            }
                        </dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}

use course::Item;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::context::use_app;
use crate::i18n::{done_of, t, Text};
use crate::pages::course::{is_done, module_done};
use crate::pages::not_found::NotFound;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ModuleProps {
    pub module: String,
}

#[function_component(ModulePage)]
pub fn module_page(props: &ModuleProps) -> Html {
    let app = use_app();
    let Some(module) = app.pack.module(&props.module) else {
        return html! { <NotFound /> };
    };
    html! {
        <section class="module">
            <Link<Route> to={Route::Course} classes="back">{ format!("← {}", t(Text::BackToCourse)) }</Link<Route>>
            <h1>{ &module.title }</h1>
            <p class="lead">{ &module.summary }</p>
            <p class="progress-label">{ done_of(module_done(module, &app.progress), module.items.len()) }</p>
            <ol class="item-list">
                { for module.items.iter().map(|item| {
                    let kind = match item {
                        Item::Lesson(_) => t(Text::Lesson),
                        Item::Exercise(_) => t(Text::Exercise),
                        Item::Quiz(_) => t(Text::Quiz),
                    };
                    let done = is_done(module, item, &app.progress);
                    html! {
                        <li class={classes!("item", done.then_some("done"))} data-item={item.id().to_string()}>
                            <Link<Route> to={Route::Item { module: module.id.clone(), item: item.id().to_string() }}>
                                <span class="kind">{ kind }</span>
                                <span class="title">{ item.title() }</span>
                                if done { <span class="check" aria-label={t(Text::Completed)}>{ "✓" }</span> }
                            </Link<Route>>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::{t, Text};
use crate::route::Route;

#[function_component(NotFound)]
pub fn not_found() -> Html {
    html! {
        <section class="card">
            <p>{ t(Text::NotFound) }</p>
            <Link<Route> to={Route::Course}>{ t(Text::BackToCourse) }</Link<Route>>
        </section>
    }
}

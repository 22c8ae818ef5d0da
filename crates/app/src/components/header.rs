use yew::prelude::*;
use yew_router::prelude::*;

use crate::context::use_app;
use crate::i18n::{t, Lang, Text};
use crate::route::Route;

#[function_component(Header)]
pub fn header() -> Html {
    let app = use_app();
    html! {
        <header class="topbar">
            <Link<Route> to={Route::Course} classes="brand">{ t(Text::AppName) }</Link<Route>>
            <span class="pack-title">{ &app.pack.title }</span>
            <Link<Route> to={Route::Glossary} classes="header-link">{ t(Text::Glossary) }</Link<Route>>
            <Link<Route> to={Route::Courses} classes="header-link courses-link">{ t(Text::MyCourses) }</Link<Route>>
            <Link<Route> to={Route::Progress} classes="header-link progress-link">{ t(Text::YourProgress) }</Link<Route>>
            <ThemeSwitch />
            { language_switch(app.lang, app.set_lang.clone()) }
        </header>
    }
}

/// One button naming the other language in that language ("Español" / "English").
fn language_switch(lang: Lang, set_lang: Callback<Lang>) -> Html {
    let other = lang.other();
    let onclick = Callback::from(move |_| set_lang.emit(other));
    html! {
        <button type="button" class="header-button lang-switch" lang={other.code()} {onclick}
            aria-label={format!("{} ({})", other.name(), t(Text::LanguageLabel))}>
            { other.name() }
        </button>
    }
}

/// Dark or light, as a toggle button whose pressed state says whether dark is on.
#[function_component(ThemeSwitch)]
fn theme_switch() -> Html {
    let dark = use_state(crate::services::theme::is_dark);
    let onclick = {
        let dark = dark.clone();
        Callback::from(move |_| {
            crate::services::theme::set_dark(!*dark);
            dark.set(!*dark);
        })
    };
    html! {
        <button type="button" class="header-button theme-switch" aria-pressed={dark.to_string()} {onclick}>
            { t(Text::DarkTheme) }
        </button>
    }
}

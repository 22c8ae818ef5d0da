//! The Puente web app.

mod app;
mod components;
mod i18n;
mod pack;
mod pages;
mod services;
mod state;

fn main() {
    services::language::start();
    yew::Renderer::<app::App>::new().render();
}

//! The Puente web app.

mod app;
mod components;
mod context;
mod i18n;
mod pack;
mod pages;
mod route;
mod services;
mod state;

fn main() {
    services::language::start();
    yew::Renderer::<app::App>::new().render();
}

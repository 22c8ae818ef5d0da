//! The app's screens and their hash URLs.

use yew_router::prelude::*;

/// Every screen, addressed by a hash URL so any static file server can host the app.
#[derive(Clone, Routable, PartialEq, Debug)]
pub enum Route {
    #[at("/")]
    Course,
    #[at("/glossary")]
    Glossary,
    /// The glossary opened at one term (from a linked word in a lesson).
    #[at("/glossary/:term")]
    GlossaryTerm { term: String },
    #[at("/progress")]
    Progress,
    #[at("/open")]
    Open,
    #[at("/courses")]
    Courses,
    #[at("/m/:module")]
    Module { module: String },
    #[at("/m/:module/:item")]
    Item { module: String, item: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}

//! The app shell: routes, shared context, and saving progress whenever it changes.

use std::rc::Rc;

use course::Pack;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::header::Header;
use crate::pack;
use crate::pages::{
    course::CoursePage, glossary::GlossaryPage, item::ItemPage, module::ModulePage,
    not_found::NotFound,
};
use crate::services::grading::Grading;
use crate::services::storage;
use crate::state::Progress;

/// Every screen, addressed by a hash URL so any static file server can host the app.
#[derive(Clone, Routable, PartialEq, Debug)]
pub enum Route {
    #[at("/")]
    Course,
    #[at("/glossary")]
    Glossary,
    #[at("/m/:module")]
    Module { module: String },
    #[at("/m/:module/:item")]
    Item { module: String, item: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// What every page can reach: the pack, the learner's progress and the grading worker.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub pack: Rc<Pack>,
    pub progress: UseReducerHandle<Progress>,
    pub grading: Grading,
}

/// Reads the app context; every page is rendered inside the provider.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("pages render inside the AppContext provider")
}

fn switch(route: Route) -> Html {
    match route {
        Route::Course => html! { <CoursePage /> },
        Route::Module { module } => html! { <ModulePage {module} /> },
        Route::Item { module, item } => {
            let key = format!("{module}/{item}");
            html! { <ItemPage {key} {module} {item} /> }
        }
        Route::Glossary => html! { <GlossaryPage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let pack = use_memo((), |_| pack::embedded());
    let pack: Rc<Pack> = (*pack).clone();
    let pack_id = pack.id.clone();
    let progress = use_reducer(move || storage::load(&pack_id));
    let grading = use_memo((), |_| Grading::start());
    {
        let pack_id = pack.id.clone();
        use_effect_with(progress.clone(), move |progress| {
            storage::save(&pack_id, progress)
        });
    }
    let context = AppContext {
        pack,
        progress,
        grading: (*grading).clone(),
    };
    html! {
        <ContextProvider<AppContext> {context}>
            <HashRouter>
                <Header />
                <main class="page">
                    <Switch<Route> render={switch} />
                </main>
            </HashRouter>
        </ContextProvider<AppContext>>
    }
}

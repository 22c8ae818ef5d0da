//! The app shell: routes, shared context, and handing every change of progress to the store.

use std::rc::Rc;

use course::Pack;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::header::Header;
use crate::components::notices::Notices;
use crate::pack;
use crate::pages::{
    course::CoursePage, glossary::GlossaryPage, item::ItemPage, module::ModulePage,
    not_found::NotFound, progress::ProgressPage,
};
use crate::services::grading::Grading;
use crate::services::storage::{self, SaveStatus, Store, Unreadable};
use crate::state::ProgressState;

/// Every screen, addressed by a hash URL so any static file server can host the app.
#[derive(Clone, Routable, PartialEq, Debug)]
pub enum Route {
    #[at("/")]
    Course,
    #[at("/glossary")]
    Glossary,
    #[at("/progress")]
    Progress,
    #[at("/m/:module")]
    Module { module: String },
    #[at("/m/:module/:item")]
    Item { module: String, item: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// What every page can reach: the pack, the learner's progress, how saving it goes, and the
/// grading worker.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub pack: Rc<Pack>,
    pub progress: UseReducerHandle<ProgressState>,
    pub store: Store,
    pub save_status: SaveStatus,
    /// Saved data found at start that could not be read.
    pub unreadable: Option<Rc<Unreadable>>,
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
        Route::Progress => html! { <ProgressPage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let pack = use_memo((), |_| pack::embedded());
    let pack: Rc<Pack> = (*pack).clone();
    let loaded = {
        let pack = pack.clone();
        use_memo((), move |_| storage::load(&pack.id, &pack.version))
    };
    let progress = {
        let initial = loaded.progress.clone();
        use_reducer(move || ProgressState(initial))
    };
    let save_status = use_state(|| loaded.status);
    let store = {
        let pack_id = pack.id.clone();
        let loaded = loaded.clone();
        let merge = progress.dispatcher();
        let status = save_status.setter();
        use_memo((), move |_| {
            Store::new(
                &pack_id,
                &loaded,
                Callback::from(move |theirs| {
                    merge.dispatch(progress::Action::Merge(Box::new(theirs)))
                }),
                Callback::from(move |s| status.set(s)),
            )
        })
    };
    let grading = use_memo((), |_| Grading::start());
    {
        let store = (*store).clone();
        use_effect_with(progress.clone(), move |progress| store.save_soon(progress));
    }
    let context = AppContext {
        pack,
        progress,
        store: (*store).clone(),
        save_status: *save_status,
        unreadable: loaded.unreadable.clone().map(Rc::new),
        grading: (*grading).clone(),
    };
    html! {
        <ContextProvider<AppContext> {context}>
            <HashRouter>
                <Header />
                <Notices />
                <main class="page">
                    <Switch<Route> render={switch} />
                </main>
            </HashRouter>
        </ContextProvider<AppContext>>
    }
}

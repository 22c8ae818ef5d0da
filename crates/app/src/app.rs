//! The app shell: which page each route shows, the shared context's provider, and handing every
//! change of progress to the store.

use std::collections::BTreeSet;
use std::rc::Rc;

use course::Pack;
use gloo::timers::callback::Timeout;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::header::Header;
use crate::components::notices::Notices;
use crate::context::AppContext;
use crate::i18n::{course_unavailable, t, Lang, Text};
use crate::pack;
use crate::pages::{
    course::CoursePage, courses::CoursesPage, glossary::GlossaryPage, item::ItemPage,
    module::ModulePage, not_found::NotFound, open::OpenPage, progress::ProgressPage,
};
use crate::route::Route;
use crate::services::grading::Grading;
use crate::services::library;
use crate::services::storage::{self, Store};
use crate::state::ProgressState;

/// How long after the course is on screen the engine starts to load: long enough for the
/// browser to paint and settle, short enough to be ready before most first Runs.
const ENGINE_DELAY_MS: u32 = 300;

fn switch(route: Route) -> Html {
    match route {
        Route::Course => html! { <CoursePage /> },
        Route::Module { module } => html! { <ModulePage {module} /> },
        Route::Item { module, item } => {
            let key = format!("{module}/{item}");
            html! { <ItemPage {key} {module} {item} /> }
        }
        Route::Glossary => html! { <GlossaryPage /> },
        Route::GlossaryTerm { term } => html! { <GlossaryPage {term} /> },
        Route::Progress => html! { <ProgressPage /> },
        Route::Open => html! { <OpenPage /> },
        Route::Courses => html! { <CoursesPage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    pack: Rc<Pack>,
    builtin: Rc<Pack>,
    grading: Grading,
    engine_ready: bool,
    pending_modules: Rc<BTreeSet<String>>,
    switch_course: Callback<Option<Rc<Pack>>>,
    course_notice: Option<AttrValue>,
}

/// Everything that belongs to one course: its progress, how it is saved, and the screens. A new
/// course remounts it (keyed by pack id), so no state of one course leaks into another.
#[function_component(Shell)]
fn shell(props: &ShellProps) -> Html {
    let pack = props.pack.clone();
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
    {
        let store = (*store).clone();
        use_effect_with(progress.clone(), move |progress| store.save_soon(progress));
    }
    let unreadable = use_memo((), move |_| loaded.unreadable.clone().map(Rc::new));
    {
        // The course is on screen: now the engine may take the network, without delaying it.
        let grading = props.grading.clone();
        use_effect_with((), move |_| {
            Timeout::new(ENGINE_DELAY_MS, move || grading.warm_up()).forget();
        });
    }
    let lang = use_state(crate::i18n::current);
    let set_lang = {
        let lang = lang.clone();
        Callback::from(move |chosen: Lang| {
            crate::services::language::choose(chosen);
            lang.set(chosen);
        })
    };
    let context = AppContext {
        pack,
        builtin: props.builtin.clone(),
        progress,
        store: (*store).clone(),
        save_status: *save_status,
        unreadable: (*unreadable).clone(),
        grading: props.grading.clone(),
        engine_ready: props.engine_ready,
        pending_modules: props.pending_modules.clone(),
        switch_course: props.switch_course.clone(),
        course_notice: props.course_notice.clone(),
        lang: *lang,
        set_lang,
    };
    html! {
        <ContextProvider<AppContext> {context}>
            // Keyed by language: every screen is built again in the new one.
            <HashRouter key={lang.code()}>
                <a class="skip-link" href="#main" onclick={skip_to_main()}>{ t(Text::SkipToContent) }</a>
                <Header />
                <Notices />
                <main class="page" id="main" tabindex="-1">
                    <FocusOnNavigation />
                    <Switch<Route> render={switch} />
                </main>
            </HashRouter>
        </ContextProvider<AppContext>>
    }
}

/// Picks the course to show: the one the learner chose last (kept on this device), or the
/// built-in course, which is fetched first.
#[function_component(App)]
pub fn app() -> Html {
    let engine_ready = use_state(|| false);
    let grading = {
        let engine_ready = engine_ready.setter();
        use_memo((), move |_| {
            Grading::new(Callback::from(move |ready| {
                if ready {
                    announce_engine_ready();
                }
                engine_ready.set(ready)
            }))
        })
    };
    let builtin = use_state(|| None::<Result<Rc<Pack>, String>>);
    // Modules of the built-in course whose lessons and exercises have not arrived yet.
    let pending = use_state(|| Rc::new(BTreeSet::<String>::new()));
    let chosen = use_state(|| None::<Rc<Pack>>);
    let notice = use_state(|| None::<AttrValue>);
    // Bumped by "Try again" after the course could not be fetched.
    let attempt = use_state(|| 0u32);
    {
        let (builtin, chosen, notice, pending) = (
            builtin.clone(),
            chosen.clone(),
            notice.clone(),
            pending.clone(),
        );
        let grading = (*grading).clone();
        use_effect_with(*attempt, move |attempt| {
            let retry = *attempt > 0;
            wasm_bindgen_futures::spawn_local(async move {
                let fetched = pack::builtin(retry).await;
                if let (Ok(ours), Some(id)) = (&fetched, library::active()) {
                    match library::load(&id, &ours.pack.id, &grading).await {
                        Ok(pack) => chosen.set(Some(pack)),
                        Err(e) => {
                            library::set_active(None);
                            notice.set(Some(course_unavailable(&id, &e.to_string()).into()));
                        }
                    }
                }
                match fetched {
                    Err(e) => builtin.set(Some(Err(e))),
                    Ok(ours) => {
                        pending.set(Rc::new(ours.modules.keys().cloned().collect()));
                        builtin.set(Some(Ok(ours.pack.clone())));
                        fill_in_modules(ours, builtin, pending).await;
                    }
                }
            });
        });
    }
    let switch_course = {
        let chosen = chosen.clone();
        Callback::from(move |pack: Option<Rc<Pack>>| {
            library::set_active(pack.as_ref().map(|p| p.id.as_str()));
            chosen.set(pack);
        })
    };
    let builtin = match &*builtin {
        None => {
            return html! { <p class="page muted loading-course" role="status">{ t(Text::LoadingCourse) }</p> }
        }
        Some(Err(why)) => {
            let retry = {
                let attempt = attempt.clone();
                Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
            };
            return html! {
                <div class="page error-box course-unavailable" role="alert">
                    <p>{ t(Text::CourseNotFetched) }</p>
                    <p class="muted small">{ why }</p>
                    <button class="button primary" onclick={retry}>{ t(Text::TryAgain) }</button>
                </div>
            };
        }
        Some(Ok(pack)) => pack.clone(),
    };
    let is_builtin = chosen.is_none();
    let pack = (*chosen).clone().unwrap_or_else(|| builtin.clone());
    let key = pack.id.clone();
    html! {
        <Shell {key} {pack} {builtin} grading={(*grading).clone()} engine_ready={*engine_ready}
            pending_modules={if is_builtin { (*pending).clone() } else { Rc::default() }}
            {switch_course} course_notice={(*notice).clone()} />
    }
}

/// Fetches the built-in course's modules one at a time, the one in the address bar first, and
/// puts each into the course as it arrives. A module that fails is tried again once the others
/// are in; its pages say they are loading meanwhile.
async fn fill_in_modules(
    builtin: pack::Builtin,
    shown: UseStateHandle<Option<Result<Rc<Pack>, String>>>,
    pending: UseStateHandle<Rc<BTreeSet<String>>>,
) {
    // Kept here: a state handle held across awaits reads the value it was created with.
    let mut course: Pack = (*builtin.pack).clone();
    let mut left: BTreeSet<String> = builtin.modules.keys().cloned().collect();
    let mut waiting: Vec<String> = builtin.modules.keys().cloned().collect();
    for _round in 0..3 {
        if let Some(first) = pack::module_in_address() {
            if let Some(i) = waiting.iter().position(|m| *m == first) {
                let m = waiting.remove(i);
                waiting.insert(0, m);
            }
        }
        let mut failed = Vec::new();
        for id in waiting {
            let Some(url) = builtin.modules.get(&id) else {
                continue;
            };
            match pack::module(url).await {
                Ok(module) => {
                    if let Some(slot) = course.modules.iter_mut().find(|m| m.id == module.id) {
                        *slot = module;
                    }
                    left.remove(&id);
                    shown.set(Some(Ok(Rc::new(course.clone()))));
                    pending.set(Rc::new(left.clone()));
                }
                Err(e) => {
                    gloo::console::warn!(format!("module {id}: {e}"));
                    failed.push(id);
                }
            }
        }
        if failed.is_empty() {
            return;
        }
        waiting = failed;
    }
}

/// Tells the page's scripts (offline.js waits for it to install offline support) that the
/// engine is ready.
fn announce_engine_ready() {
    if let (Some(window), Ok(event)) = (
        web_sys::window(),
        web_sys::Event::new("puente-engine-ready"),
    ) {
        let _ = window.dispatch_event(&event);
    }
}

/// The skip link's action: a `#main` fragment would be read as a route by the hash router, so
/// the link moves focus itself.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus_main();
    })
}

/// Puts focus on the screen's content (`<main id="main" tabindex="-1">`).
fn focus_main() {
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

/// After the learner moves to another screen, focus goes to the new screen's content, so a
/// keyboard or screen reader user starts there rather than on the link they left behind. The
/// first screen of a visit keeps the browser's own focus.
#[function_component(FocusOnNavigation)]
fn focus_on_navigation() -> Html {
    let route = use_route::<Route>();
    let first = use_mut_ref(|| true);
    use_effect_with(route, move |_| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            focus_main();
        }
    });
    html! {}
}

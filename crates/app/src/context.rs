//! What every page can reach through Yew's context: the course, progress, saving, grading,
//! the language.

use std::collections::BTreeSet;
use std::rc::Rc;

use course::Pack;
use yew::prelude::*;

use crate::i18n::Lang;
use crate::services::grading::Grading;
use crate::services::storage::{SaveStatus, Store, Unreadable};
use crate::state::ProgressState;

/// What every page can reach: the course, the learner's progress, how saving it goes, the
/// grading worker, and a way to change course.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub pack: Rc<Pack>,
    /// The course built into the app, always available.
    pub builtin: Rc<Pack>,
    pub progress: UseReducerHandle<ProgressState>,
    pub store: Store,
    pub save_status: SaveStatus,
    /// Saved data found at start that could not be read.
    pub unreadable: Option<Rc<Unreadable>>,
    pub grading: Grading,
    /// The grading engine has arrived and started; until then a run waits for it.
    pub engine_ready: bool,
    /// Modules whose lessons and exercises are still on their way (the built-in course's outline
    /// comes first).
    pub pending_modules: Rc<BTreeSet<String>>,
    /// Shows another course (`None`: the built-in one) and remembers the choice.
    pub switch_course: Callback<Option<Rc<Pack>>>,
    /// Why the course chosen last could not be opened, if it could not.
    pub course_notice: Option<AttrValue>,
    /// The interface language, and how to change it (the screens are built again in it).
    pub lang: Lang,
    pub set_lang: Callback<Lang>,
}

/// Reads the app context; every page is rendered inside the provider.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("pages render inside the AppContext provider")
}

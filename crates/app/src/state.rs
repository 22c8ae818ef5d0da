//! The learner's progress as app state: one reducer over [`progress::Progress`], whose named
//! actions (and their tests) live in the `progress` crate.

use std::ops::Deref;
use std::rc::Rc;

use progress::{Action, Progress};
use yew::Reducible;

/// The progress every page reads; change it only by dispatching an [`Action`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProgressState(pub Progress);

impl Deref for ProgressState {
    type Target = Progress;

    fn deref(&self) -> &Progress {
        &self.0
    }
}

impl Reducible for ProgressState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = self.0.clone();
        next.apply(action);
        // Unchanged progress keeps its identity, so nothing re-renders or saves for nothing.
        if next == self.0 {
            self
        } else {
            Rc::new(ProgressState(next))
        }
    }
}

/// The time an action happens, for the "newest copy wins" rule when copies are merged.
pub fn now() -> progress::Millis {
    js_sys::Date::now() as progress::Millis
}

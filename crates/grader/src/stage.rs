//! What the grader is running right now, told to the host as it happens. When learner code
//! crashes the host (a refused allocation aborts the process or traps the wasm instance, a
//! native stack overflow kills the process) nothing can be asked afterwards, so a host that
//! wants to name the test that did it must have heard beforehand.

use std::sync::RwLock;

/// Told the name of the test about to run, or `None` before the learner's code loads.
pub type StageHook = fn(Option<&str>);

static HOOK: RwLock<Option<StageHook>> = RwLock::new(None);

/// Calls `hook` with each test's name before the test runs, and with `None` before the
/// learner's code is loaded (or a lesson example runs). Replaces any earlier hook.
pub fn on_stage(hook: StageHook) {
    if let Ok(mut slot) = HOOK.write() {
        *slot = Some(hook);
    }
}

/// Whether a host listens; without one the grader skips finding out test names early.
pub(crate) fn watched() -> bool {
    HOOK.read().is_ok_and(|slot| slot.is_some())
}

pub(crate) fn enter(test: Option<&str>) {
    let hook = HOOK.read().ok().and_then(|slot| *slot);
    if let Some(hook) = hook {
        hook(test);
    }
}

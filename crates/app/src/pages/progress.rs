//! "Your progress": the learner's name for class reports, and moving progress between devices
//! as one file (export, then import with a preview of what changes).

use std::rc::Rc;

use progress::{encode, import, preview, Action, ChangeKind, ItemChange, Problem, Progress};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::components::inputs::{chosen_file, text_into};
use crate::context::use_app;
use crate::i18n::{import_summary, imported, t, unreadable_count, Text};
use crate::services::download;
use crate::state::now;

/// Far above any real progress file (a whole course of code is well under 1 MB), low enough
/// that a wrong file cannot freeze the page.
const MAX_IMPORT_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// An import the learner has not confirmed yet.
#[derive(Clone, PartialEq)]
struct Pending {
    incoming: Rc<Progress>,
    changes: Vec<ItemChange>,
    problems: Vec<Problem>,
}

#[function_component(ProgressPage)]
pub fn progress_page() -> Html {
    let app = use_app();
    let name = use_state(|| app.progress.display_name.clone().unwrap_or_default());
    let message = use_state(|| None::<(bool, String)>);
    let pending = use_state(|| None::<Pending>);

    let on_name_input = text_into(&name);
    let save_name = {
        let progress = app.progress.clone();
        let name = name.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            progress.dispatch(Action::SetName {
                name: (*name).clone(),
                at: now(),
            });
        })
    };
    let export = {
        let progress = app.progress.clone();
        let store = app.store.clone();
        Callback::from(move |_| {
            store.flush();
            let file = download::progress_file_name(&progress.pack_id);
            download::json_file(&file, &encode(&progress, Some(now())));
        })
    };
    let choose = {
        let progress = app.progress.clone();
        let pack_id = app.pack.id.clone();
        let message = message.clone();
        let pending = pending.clone();
        Callback::from(move |e: Event| {
            let Some(file) = chosen_file(&e) else {
                return;
            };
            pending.set(None);
            if file.size() > MAX_IMPORT_BYTES {
                message.set(Some((false, t(Text::ImportTooLarge).to_string())));
                return;
            }
            let current = progress.clone();
            let (pack_id, message, pending) = (pack_id.clone(), message.clone(), pending.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = match JsFuture::from(file.text()).await {
                    Ok(v) => v.as_string().unwrap_or_default(),
                    Err(_) => String::new(),
                };
                match import(&text, &pack_id) {
                    Err(e) => message.set(Some((false, e.to_string()))),
                    Ok(decoded) => {
                        let changes = preview(&current, &decoded.progress);
                        message.set(None);
                        pending.set(Some(Pending {
                            incoming: Rc::new(decoded.progress),
                            changes,
                            problems: decoded.problems,
                        }));
                    }
                }
            });
        })
    };
    let apply = {
        let progress = app.progress.clone();
        let store = app.store.clone();
        let pending = pending.clone();
        let message = message.clone();
        Callback::from(move |_| {
            let Some(p) = (*pending).clone() else { return };
            let (added, replaced, _) = counts(&p.changes);
            progress.dispatch(Action::Merge(Box::new((*p.incoming).clone())));
            store.flush();
            pending.set(None);
            message.set(Some((true, imported(added, replaced))));
        })
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_| pending.set(None))
    };

    let preview_view = (*pending).as_ref().map(|p| {
        let (added, replaced, kept) = counts(&p.changes);
        html! {
            <div class="import-preview" role="region" aria-label={t(Text::ImportTitle)}>
                <p class="import-summary">{ import_summary(added, replaced, kept) }</p>
                if added + replaced == 0 {
                    <p>{ t(Text::ImportNothing) }</p>
                }
                <ul class="changes">
                    { for p.changes.iter().map(|c| {
                        let (class, label) = match c.kind {
                            ChangeKind::Added => ("added", t(Text::ChangeAdded)),
                            ChangeKind::Replaced => ("replaced", t(Text::ChangeReplaced)),
                            ChangeKind::Kept => ("kept", t(Text::ChangeKept)),
                        };
                        html! { <li class={class}><code>{ &c.id }</code>{ " — " }{ label }</li> }
                    }) }
                </ul>
                if !p.problems.is_empty() {
                    <details class="import-problems">
                        <summary>{ unreadable_count(p.problems.len()) }</summary>
                        <ul>{ for p.problems.iter().map(|p| html! { <li><code>{ p.to_string() }</code></li> }) }</ul>
                    </details>
                }
                <div class="notice-actions">
                    <button class="button primary import-apply" onclick={apply}>{ t(Text::ImportApply) }</button>
                    <button class="button subtle" onclick={cancel}>{ t(Text::ImportCancel) }</button>
                </div>
            </div>
        }
    });

    html! {
        <article class="progress-page">
            <h1>{ t(Text::YourProgress) }</h1>
            <p>{ t(Text::YourProgressIntro) }</p>
            <section>
                <h2>{ t(Text::DisplayName) }</h2>
                <form class="name-form" onsubmit={save_name}>
                    <label for="display-name">{ t(Text::DisplayNameHelp) }</label>
                    <input id="display-name" type="text" maxlength="80" autocomplete="name"
                        value={(*name).clone()} oninput={on_name_input} />
                    <button class="button" type="submit">{ t(Text::SaveName) }</button>
                </form>
            </section>
            <section>
                <h2>{ t(Text::ExportTitle) }</h2>
                <p>{ t(Text::ExportHelp) }</p>
                <button class="button primary export" onclick={export}>{ t(Text::ExportButton) }</button>
            </section>
            <section>
                <h2>{ t(Text::ImportTitle) }</h2>
                <p>{ t(Text::ImportHelp) }</p>
                <label class="button file-choice">
                    { t(Text::ImportChoose) }
                    <input class="import-file" type="file" accept=".json,application/json" onchange={choose} />
                </label>
                if let Some((ok, text)) = (*message).clone() {
                    <p class={if ok { "import-message ok" } else { "import-message error" }} role="status">{ text }</p>
                }
                { for preview_view }
            </section>
        </article>
    }
}

fn counts(changes: &[ItemChange]) -> (usize, usize, usize) {
    let count = |kind| changes.iter().filter(|c| c.kind == kind).count();
    (
        count(ChangeKind::Added),
        count(ChangeKind::Replaced),
        count(ChangeKind::Kept),
    )
}

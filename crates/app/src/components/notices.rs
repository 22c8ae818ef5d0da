//! Notices about the learner's saved work: data that could not be read, and saving that stopped
//! working. Each comes with a way to download what is at stake.

use progress::encode;
use yew::prelude::*;

use crate::context::use_app;
use crate::i18n::{t, unreadable_count, Text};
use crate::services::download;
use crate::services::storage::SaveStatus;
use crate::state::now;

#[function_component(Notices)]
pub fn notices() -> Html {
    let app = use_app();
    let dismissed = use_state(|| false);
    let unreadable = app.unreadable.as_ref().filter(|_| !*dismissed).map(|u| {
        let backup = u.backup.clone();
        let pack_id = app.pack.id.clone();
        let download = Callback::from(move |_| {
            download::json_file(&format!("puente-unreadable-{pack_id}.json"), &backup);
        });
        let dismiss = {
            let dismissed = dismissed.clone();
            Callback::from(move |_| dismissed.set(true))
        };
        html! {
            <div class="notice warning unreadable-notice" role="alert">
                <strong>{ t(Text::UnreadableTitle) }</strong>
                <p>{ t(Text::UnreadableBody) }</p>
                <details>
                    <summary>{ unreadable_count(u.problems.len()) }</summary>
                    <ul>{ for u.problems.iter().map(|p| html! { <li><code>{ p.to_string() }</code></li> }) }</ul>
                </details>
                <div class="notice-actions">
                    <button class="button" onclick={download}>{ t(Text::UnreadableDownload) }</button>
                    <button class="button subtle" onclick={dismiss}>{ t(Text::Dismiss) }</button>
                </div>
            </div>
        }
    });
    let saving = match app.save_status {
        SaveStatus::Saved => None,
        SaveStatus::Full => Some(t(Text::StorageFull)),
        SaveStatus::Unavailable => Some(t(Text::StorageUnavailable)),
    }
    .map(|message| {
        let progress = app.progress.clone();
        let download = Callback::from(move |_| {
            let file = download::progress_file_name(&progress.pack_id);
            download::json_file(&file, &encode(&progress, Some(now())));
        });
        html! {
            <div class="notice error storage-notice" role="alert">
                <p>{ message }</p>
                <button class="button primary" onclick={download}>{ t(Text::DownloadProgress) }</button>
            </div>
        }
    });
    let course = app.course_notice.as_ref().map(|text| {
        html! { <div class="notice warning course-notice" role="alert"><p>{ text.clone() }</p></div> }
    });
    html! { <>{ for course }{ for unreadable }{ for saving }</> }
}

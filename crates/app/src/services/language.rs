//! The interface language: the learner's choice, kept on this device; before any choice, the
//! browser's language. `<html lang>` follows it, so screen readers read the right language.

use crate::i18n::{self, Lang};

const KEY: &str = "puente-lang";

/// The language to start in, applied.
pub fn start() -> Lang {
    let stored = local_storage().and_then(|s| s.get_item(KEY).ok().flatten());
    let browser = web_sys::window().and_then(|w| w.navigator().language());
    let lang = stored
        .as_deref()
        .and_then(Lang::from_code)
        .or_else(|| browser.as_deref().and_then(Lang::from_code))
        .unwrap_or(Lang::En);
    apply(lang);
    lang
}

/// The learner chose `lang`: use it and remember it.
pub fn choose(lang: Lang) {
    if let Some(storage) = local_storage() {
        // Not being able to remember the choice only means asking again next time.
        let _ = storage.set_item(KEY, lang.code());
    }
    apply(lang);
}

fn apply(lang: Lang) {
    i18n::set(lang);
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

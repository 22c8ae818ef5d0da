//! The colour scheme: `data-theme` on `<html>`, which style.css reads. www/boot.js sets it
//! before the first paint (the learner's choice, else the system's); the header's switch
//! changes it here and remembers the choice.

const KEY: &str = "puente-theme";

/// Whether the dark scheme is showing.
pub fn is_dark() -> bool {
    root()
        .and_then(|r| r.get_attribute("data-theme"))
        .as_deref()
        == Some("dark")
}

/// Shows the dark scheme (or the light one) and remembers the choice.
pub fn set_dark(dark: bool) {
    let theme = if dark { "dark" } else { "light" };
    if let Some(root) = root() {
        let _ = root.set_attribute("data-theme", theme);
    }
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        // Not remembering only means following the system again next time.
        let _ = storage.set_item(KEY, theme);
    }
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

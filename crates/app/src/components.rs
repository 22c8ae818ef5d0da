//! Reusable widgets; they receive data and callbacks and do not touch storage.

pub mod code_editor;
pub mod example;
pub mod header;
pub mod hints;
pub mod inputs;
pub mod markdown;
pub mod notices;
pub mod page_preview;
pub mod results;

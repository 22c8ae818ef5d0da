//! The app's only doors to the browser: storage, downloads, kept courses, the grading worker and the editor
//! binding.

pub mod download;
pub mod editor;
pub mod grading;
pub mod language;
pub mod library;
pub mod pack_images;
pub mod storage;
pub mod theme;

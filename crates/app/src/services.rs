//! The app's only doors to the browser: storage, the grading worker and the editor binding.

pub mod editor;
pub mod grading;
pub mod storage;

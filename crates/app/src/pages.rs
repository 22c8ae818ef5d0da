//! One file per screen.

pub mod course;
pub mod exercise;
pub mod item;
pub mod lesson;
pub mod module;
pub mod not_found;

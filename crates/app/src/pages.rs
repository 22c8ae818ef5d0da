//! One file per screen.

pub mod course;
pub mod courses;
pub mod exercise;
pub mod glossary;
pub mod item;
pub mod lesson;
pub mod module;
pub mod not_found;
pub mod open;
pub mod progress;
pub mod quiz;

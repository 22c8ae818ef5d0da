use serde::{Deserialize, Serialize};

/// Wall-clock limit for one grading run when an exercise does not set its own.
pub const DEFAULT_TIME_LIMIT_MS: u32 = 2000;

/// A whole course pack, validated and with its Markdown already rendered to safe HTML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    pub id: String,
    pub title: String,
    pub version: String,
    pub summary: String,
    pub modules: Vec<Module>,
}

/// A module: an ordered list of lessons and exercises.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Module {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub items: Vec<Item>,
}

/// One entry of a module, in teaching order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Item {
    Lesson(Lesson),
    Exercise(Exercise),
}

/// A lesson: a page of Markdown rendered to HTML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    pub html: String,
}

/// A graded exercise: instructions, the learner's starting code, a reference solution and tests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exercise {
    pub id: String,
    pub title: String,
    pub difficulty: u8,
    pub minutes: u32,
    pub concepts: Vec<String>,
    /// Hints as HTML, revealed one at a time in this order.
    pub hints: Vec<String>,
    pub time_limit_ms: u32,
    pub instructions_html: String,
    pub starter: String,
    pub solution: String,
    pub tests: String,
}

impl Item {
    /// The item's id, unique within its module.
    pub fn id(&self) -> &str {
        match self {
            Item::Lesson(l) => &l.id,
            Item::Exercise(e) => &e.id,
        }
    }

    /// The item's title as shown in lists.
    pub fn title(&self) -> &str {
        match self {
            Item::Lesson(l) => &l.title,
            Item::Exercise(e) => &e.title,
        }
    }
}

impl Pack {
    /// Finds a module by id.
    pub fn module(&self, id: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.id == id)
    }

    /// Every exercise with the id of its module, in course order.
    pub fn exercises(&self) -> impl Iterator<Item = (&Module, &Exercise)> {
        self.modules.iter().flat_map(|m| {
            m.items.iter().filter_map(move |i| match i {
                Item::Exercise(e) => Some((m, e)),
                Item::Lesson(_) => None,
            })
        })
    }
}

impl Module {
    /// Finds an item by id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id() == id)
    }
}

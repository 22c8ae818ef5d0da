//! The saved record: writing it, and reading it back field by field from any schema version.
//!
//! The record is also the export file, so one format serves the browser's storage, a learner
//! moving to another device and an instructor's class report (see docs/progress-format.md).

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::model::{
    ExerciseProgress, LastRun, LessonProgress, Millis, Progress, QuizProgress, Status,
};
use crate::{FORMAT, SCHEMA};

/// Something in a saved record that could not be read, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Where in the record, like `exercises › welcome/say-hello › hints_shown`; empty for the
    /// record as a whole.
    pub place: String,
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.place.is_empty() {
            write!(f, "{}", self.reason)
        } else {
            write!(f, "{}: {}", self.place, self.reason)
        }
    }
}

/// What [`decode`] could read, and what it could not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub progress: Progress,
    /// Empty when every part was read.
    pub problems: Vec<Problem>,
    /// The schema version the record was written with.
    pub schema: u32,
}

impl Decoded {
    /// Whether the record was read completely, so saving over it loses nothing.
    pub fn is_complete(&self) -> bool {
        self.problems.is_empty() && self.schema <= SCHEMA
    }
}

#[derive(Serialize)]
struct Record<'a> {
    format: &'static str,
    schema: u32,
    pack: PackRef<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exported_at: Option<Millis>,
    display_name: &'a Option<String>,
    display_name_at: Millis,
    last_visited: &'a Option<String>,
    last_visited_at: Millis,
    exercises: BTreeMap<&'a str, ExerciseOut<'a>>,
    lessons: &'a BTreeMap<String, LessonProgress>,
    quizzes: &'a BTreeMap<String, QuizProgress>,
}

#[derive(Serialize)]
struct PackRef<'a> {
    id: &'a str,
    version: &'a str,
}

/// An exercise as written: its fields plus the status they add up to, so a reader of the file
/// need not know the rule.
#[derive(Serialize)]
struct ExerciseOut<'a> {
    status: Status,
    #[serde(flatten)]
    progress: &'a ExerciseProgress,
}

/// The record as JSON; `exported_at` marks a file made for the learner to keep.
pub fn encode(progress: &Progress, exported_at: Option<Millis>) -> String {
    let record = Record {
        format: FORMAT,
        schema: SCHEMA,
        pack: PackRef {
            id: &progress.pack_id,
            version: &progress.pack_version,
        },
        exported_at,
        display_name: &progress.display_name,
        display_name_at: progress.display_name_at,
        last_visited: &progress.last_visited,
        last_visited_at: progress.last_visited_at,
        exercises: progress
            .exercises
            .iter()
            .map(|(id, e)| {
                (
                    id.as_str(),
                    ExerciseOut {
                        status: e.status(),
                        progress: e,
                    },
                )
            })
            .collect(),
        lessons: &progress.lessons,
        quizzes: &progress.quizzes,
    };
    serde_json::to_string(&record).expect("progress always serializes")
}

/// Reads a saved record of any schema version. Never fails: whatever cannot be read is left out
/// of `progress` and listed in `problems`, so the caller can keep the original text aside.
pub fn decode(text: &str) -> Decoded {
    let mut problems = Vec::new();
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return whole_record_unreadable(format!(
                "the saved data is not valid JSON (line {}, column {}): {e}",
                e.line(),
                e.column()
            ))
        }
    };
    let Value::Object(record) = value else {
        return whole_record_unreadable(format!(
            "the saved data is {}, not a progress record",
            kind(&value)
        ));
    };
    let mut r = Reader {
        problems: &mut problems,
    };
    let schema = match record.get("schema") {
        None => 1,
        Some(v) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) if n >= 1 => n,
            _ => {
                r.problem("schema", format!("expected a version number, found {v}"));
                SCHEMA
            }
        },
    };
    if schema > SCHEMA {
        r.problem(
            "schema",
            format!(
                "saved by a newer version of Puente (schema {schema}; this one reads up to {SCHEMA}); \
                 what it could read is shown, and the original is kept"
            ),
        );
    }
    if let Some(format) = record.get("format") {
        if format.as_str() != Some(FORMAT) {
            r.problem("format", format!("expected \"{FORMAT}\", found {format}"));
        }
    }
    let progress = if schema == 1 {
        r.v1(&record)
    } else {
        r.v2(&record)
    };
    Decoded {
        progress,
        problems,
        schema,
    }
}

fn whole_record_unreadable(reason: String) -> Decoded {
    Decoded {
        progress: Progress::default(),
        problems: vec![Problem {
            place: String::new(),
            reason,
        }],
        schema: 0,
    }
}

struct Reader<'a> {
    problems: &'a mut Vec<Problem>,
}

impl Reader<'_> {
    fn problem(&mut self, place: impl Into<String>, reason: impl Into<String>) {
        self.problems.push(Problem {
            place: place.into(),
            reason: reason.into(),
        });
    }

    /// Field `name` of `object`: `None` when absent or null, and a problem when of the wrong shape.
    fn field<T: DeserializeOwned>(
        &mut self,
        object: &Map<String, Value>,
        place: &str,
        name: &str,
    ) -> Option<T> {
        match object.get(name) {
            None | Some(Value::Null) => None,
            Some(v) => match T::deserialize(v) {
                Ok(t) => Some(t),
                Err(e) => {
                    self.problem(join(place, name), e.to_string());
                    None
                }
            },
        }
    }

    /// The entries of the object at `name`, each with its place for problems.
    fn entries<'v>(
        &mut self,
        record: &'v Map<String, Value>,
        name: &str,
    ) -> Vec<(&'v String, &'v Value)> {
        match record.get(name) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Object(map)) => map.iter().collect(),
            Some(other) => {
                self.problem(name, format!("expected an object, found {}", kind(other)));
                Vec::new()
            }
        }
    }

    fn exercise(&mut self, place: &str, value: &Value) -> Option<ExerciseProgress> {
        let Value::Object(e) = value else {
            self.problem(place, format!("expected an object, found {}", kind(value)));
            return None;
        };
        Some(ExerciseProgress {
            code: self.field(e, place, "code"),
            passed: self.field(e, place, "passed").unwrap_or_default(),
            attempts: self.field(e, place, "attempts").unwrap_or_default(),
            hints_shown: self.field(e, place, "hints_shown").unwrap_or_default(),
            solution_shown: self.field(e, place, "solution_shown").unwrap_or_default(),
            last_run: self.field::<LastRun>(e, place, "last_run"),
            started_at: self.field(e, place, "started_at").unwrap_or_default(),
            updated_at: self.field(e, place, "updated_at").unwrap_or_default(),
        })
    }

    /// Schema 1: written before versioning, with `lessons_read` as a list and quizzes as lists
    /// of question indices.
    fn v1(&mut self, record: &Map<String, Value>) -> Progress {
        let mut progress = Progress {
            last_visited: self.field(record, "", "last_visited"),
            ..Progress::default()
        };
        for (id, value) in self.entries(record, "exercises") {
            if let Some(e) = self.exercise(&join("exercises", id), value) {
                progress.exercises.insert(id.clone(), e);
            }
        }
        match record.get("lessons_read") {
            None | Some(Value::Null) => {}
            Some(Value::Array(ids)) => {
                for (i, id) in ids.iter().enumerate() {
                    match id.as_str() {
                        Some(id) => {
                            progress
                                .lessons
                                .insert(id.to_string(), LessonProgress::default());
                        }
                        None => self.problem(
                            format!("lessons_read › {i}"),
                            format!("expected a lesson id, found {}", kind(id)),
                        ),
                    }
                }
            }
            Some(other) => self.problem(
                "lessons_read",
                format!("expected a list, found {}", kind(other)),
            ),
        }
        for (id, value) in self.entries(record, "quizzes") {
            let place = join("quizzes", id);
            match serde_json::from_value(value.clone()) {
                Ok(answered) => {
                    progress.quizzes.insert(
                        id.clone(),
                        QuizProgress {
                            answered,
                            updated_at: 0,
                        },
                    );
                }
                Err(e) => self.problem(place, e.to_string()),
            }
        }
        progress
    }

    fn v2(&mut self, record: &Map<String, Value>) -> Progress {
        let mut progress = Progress::default();
        match record.get("pack") {
            Some(Value::Object(pack)) => {
                progress.pack_id = self.field(pack, "pack", "id").unwrap_or_default();
                progress.pack_version = self.field(pack, "pack", "version").unwrap_or_default();
            }
            None | Some(Value::Null) => {}
            Some(other) => {
                self.problem("pack", format!("expected an object, found {}", kind(other)))
            }
        }
        progress.display_name = self.field(record, "", "display_name");
        progress.display_name_at = self
            .field(record, "", "display_name_at")
            .unwrap_or_default();
        progress.last_visited = self.field(record, "", "last_visited");
        progress.last_visited_at = self
            .field(record, "", "last_visited_at")
            .unwrap_or_default();
        for (id, value) in self.entries(record, "exercises") {
            if let Some(e) = self.exercise(&join("exercises", id), value) {
                progress.exercises.insert(id.clone(), e);
            }
        }
        for (id, value) in self.entries(record, "lessons") {
            match LessonProgress::deserialize(value).map_err(|e| e.to_string()) {
                Ok(l) => {
                    progress.lessons.insert(id.clone(), l);
                }
                Err(e) => self.problem(join("lessons", id), e),
            }
        }
        for (id, value) in self.entries(record, "quizzes") {
            match QuizProgress::deserialize(value).map_err(|e| e.to_string()) {
                Ok(q) => {
                    progress.quizzes.insert(id.clone(), q);
                }
                Err(e) => self.problem(join("quizzes", id), e),
            }
        }
        progress
    }
}

fn join(place: &str, name: &str) -> String {
    if place.is_empty() {
        name.to_string()
    } else {
        format!("{place} › {name}")
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Action;

    #[test]
    fn a_record_reads_back_as_written() {
        let mut p = Progress::new("fundamentals", "0.2.0");
        p.apply(Action::Edit {
            id: "m/e".into(),
            code: "let x = \"ñ\";".into(),
            at: 7,
        });
        p.apply(Action::Graded {
            id: "m/e".into(),
            run: LastRun::new("failed", ["adds two numbers".to_string()], None, 8),
        });
        p.apply(Action::ReadLesson {
            id: "m/l".into(),
            at: 3,
        });
        p.apply(Action::SetName {
            name: "Ana".into(),
            at: 1,
        });
        let decoded = decode(&encode(&p, None));
        assert_eq!(decoded.problems, vec![]);
        assert_eq!(decoded.schema, SCHEMA);
        assert_eq!(decoded.progress, p);
    }

    #[test]
    fn one_bad_field_loses_only_that_field() {
        let text = r#"{"schema":2,"exercises":{
            "m/a":{"code":"keep me","hints_shown":"two","passed":true},
            "m/b":{"code":"me too"},
            "m/c":42}}"#;
        let d = decode(text);
        assert_eq!(d.progress.exercise("m/a").code.as_deref(), Some("keep me"));
        assert!(d.progress.is_passed("m/a"));
        assert_eq!(d.progress.exercise("m/b").code.as_deref(), Some("me too"));
        assert!(!d.progress.exercises.contains_key("m/c"));
        let places: Vec<_> = d.problems.iter().map(|p| p.place.as_str()).collect();
        assert_eq!(places, ["exercises › m/a › hints_shown", "exercises › m/c"]);
        assert!(!d.is_complete());
    }

    #[test]
    fn text_that_is_not_a_record_is_one_problem() {
        for text in ["", "{\"exercises\":", "[1,2]", "\"hello\"", "null"] {
            let d = decode(text);
            assert!(d.progress.is_empty(), "{text}");
            assert_eq!(d.problems.len(), 1, "{text}");
            assert_eq!(d.problems[0].place, "");
        }
    }

    #[test]
    fn a_newer_schema_is_read_as_far_as_possible_but_not_complete() {
        let d = decode(r#"{"schema":9,"exercises":{"m/e":{"code":"x","future":1}}}"#);
        assert_eq!(d.progress.exercise("m/e").code.as_deref(), Some("x"));
        assert!(!d.is_complete());
        assert!(d.problems[0].reason.contains("newer version"));
    }
}

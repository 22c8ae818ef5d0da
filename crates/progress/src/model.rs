//! What is saved about a learner's work, and the one function that changes it.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// Milliseconds since the Unix epoch, as the browser's `Date.now()` gives them.
pub type Millis = u64;

/// How far a learner got with one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotStarted,
    Attempted,
    Passed,
}

/// The most recent grading of an exercise, kept short: enough for a learner to see where they
/// stopped and for an instructor's report to see what trips people up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastRun {
    /// "passed", "failed", "error" or "timeout", as the grader reports it.
    pub verdict: String,
    /// Names of the tests that failed (at most [`LastRun::MAX_NAMES`]).
    #[serde(default)]
    pub failing_tests: Vec<String>,
    /// The kind of error that stopped the code ("TypeError", "SyntaxError"...), if any.
    #[serde(default)]
    pub error_kind: Option<String>,
    pub at: Millis,
}

impl LastRun {
    /// A run with hundreds of failing tests says no more with all their names.
    pub const MAX_NAMES: usize = 20;
    const MAX_NAME_CHARS: usize = 200;

    /// A last run, with the failing test names capped in number and length.
    pub fn new(
        verdict: impl Into<String>,
        failing_tests: impl IntoIterator<Item = String>,
        error_kind: Option<String>,
        at: Millis,
    ) -> Self {
        LastRun {
            verdict: verdict.into(),
            failing_tests: failing_tests
                .into_iter()
                .take(Self::MAX_NAMES)
                .map(|name| name.chars().take(Self::MAX_NAME_CHARS).collect())
                .collect(),
            error_kind,
            at,
        }
    }

    pub fn passed(&self) -> bool {
        self.verdict == "passed"
    }
}

/// Everything saved about one exercise.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseProgress {
    /// The learner's code; `None` until they first edit, meaning "the starter".
    pub code: Option<String>,
    /// Once passed, an exercise stays passed.
    pub passed: bool,
    /// How many times the learner pressed Run.
    pub attempts: u32,
    pub hints_shown: u32,
    pub solution_shown: bool,
    pub last_run: Option<LastRun>,
    /// When the learner first did anything here.
    pub started_at: Millis,
    /// When anything here last changed; decides which copy wins when two disagree.
    pub updated_at: Millis,
}

impl ExerciseProgress {
    pub fn status(&self) -> Status {
        if self.passed {
            Status::Passed
        } else if self.attempts > 0 || self.code.is_some() {
            Status::Attempted
        } else {
            Status::NotStarted
        }
    }
}

/// A lesson the learner marked as read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonProgress {
    pub read_at: Millis,
}

/// The questions of a quiz answered correctly at least once (by index).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizProgress {
    pub answered: BTreeSet<u32>,
    pub updated_at: Millis,
}

/// The learner's progress through one pack. Item keys are full item ids ("module/item").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    pub pack_id: String,
    pub pack_version: String,
    /// The name the learner chose to appear under in their instructor's class report.
    pub display_name: Option<String>,
    pub display_name_at: Millis,
    /// The item opened most recently, for "continue where you left off".
    pub last_visited: Option<String>,
    pub last_visited_at: Millis,
    pub exercises: BTreeMap<String, ExerciseProgress>,
    pub lessons: BTreeMap<String, LessonProgress>,
    pub quizzes: BTreeMap<String, QuizProgress>,
}

/// A change to progress, made by the learner at time `at`.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Edit {
        id: String,
        code: String,
        at: Millis,
    },
    Graded {
        id: String,
        run: LastRun,
    },
    ShowHint {
        id: String,
        at: Millis,
    },
    ShowSolution {
        id: String,
        at: Millis,
    },
    Reset {
        id: String,
        at: Millis,
    },
    ReadLesson {
        id: String,
        at: Millis,
    },
    Answered {
        id: String,
        question: u32,
        correct: bool,
        at: Millis,
    },
    Visit {
        id: String,
        at: Millis,
    },
    SetName {
        name: String,
        at: Millis,
    },
    /// Progress from elsewhere (another tab, an imported file): the newer copy of each item wins.
    Merge(Box<Progress>),
}

impl Progress {
    /// Empty progress for a pack.
    pub fn new(pack_id: impl Into<String>, pack_version: impl Into<String>) -> Self {
        Progress {
            pack_id: pack_id.into(),
            pack_version: pack_version.into(),
            ..Progress::default()
        }
    }

    /// Progress of one exercise (default when never touched).
    pub fn exercise(&self, id: &str) -> ExerciseProgress {
        self.exercises.get(id).cloned().unwrap_or_default()
    }

    pub fn is_passed(&self, id: &str) -> bool {
        self.exercises.get(id).is_some_and(|e| e.passed)
    }

    pub fn is_read(&self, id: &str) -> bool {
        self.lessons.contains_key(id)
    }

    /// Whether question `question` of quiz `id` has been answered correctly.
    pub fn is_answered(&self, id: &str, question: u32) -> bool {
        self.quizzes
            .get(id)
            .is_some_and(|q| q.answered.contains(&question))
    }

    /// A quiz is passed once each of its `questions` has been answered correctly.
    pub fn is_quiz_passed(&self, id: &str, questions: u32) -> bool {
        self.quizzes
            .get(id)
            .is_some_and(|q| (0..questions).all(|i| q.answered.contains(&i)))
    }

    /// Whether nothing at all has been recorded.
    pub fn is_empty(&self) -> bool {
        self.exercises.is_empty()
            && self.lessons.is_empty()
            && self.quizzes.is_empty()
            && self.display_name.is_none()
            && self.last_visited.is_none()
    }

    /// How many items have anything recorded.
    pub fn item_count(&self) -> usize {
        self.exercises.len() + self.lessons.len() + self.quizzes.len()
    }

    /// Applies one change.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Edit { id, code, at } => self.touch(id, at).code = Some(code),
            Action::Graded { id, run } => {
                let at = run.at;
                let e = self.touch(id, at);
                e.attempts = e.attempts.saturating_add(1);
                e.passed |= run.passed();
                e.last_run = Some(run);
            }
            Action::ShowHint { id, at } => {
                let e = self.touch(id, at);
                e.hints_shown = e.hints_shown.saturating_add(1);
            }
            Action::ShowSolution { id, at } => self.touch(id, at).solution_shown = true,
            Action::Reset { id, at } => self.touch(id, at).code = None,
            Action::ReadLesson { id, at } => {
                self.lessons
                    .entry(id)
                    .or_insert(LessonProgress { read_at: at });
            }
            // A wrong retry does not take back a question already answered correctly.
            Action::Answered {
                id,
                question,
                correct: true,
                at,
            } => {
                let quiz = self.quizzes.entry(id).or_default();
                if quiz.answered.insert(question) {
                    quiz.updated_at = at;
                }
            }
            Action::Answered { .. } => {}
            Action::Visit { id, at } => {
                self.last_visited = Some(id);
                self.last_visited_at = at;
            }
            Action::SetName { name, at } => {
                let name = name.trim();
                self.display_name = (!name.is_empty()).then(|| name.to_string());
                self.display_name_at = at;
            }
            Action::Merge(other) => crate::merge::merge(self, &other),
        }
    }

    fn touch(&mut self, id: String, at: Millis) -> &mut ExerciseProgress {
        let e = self.exercises.entry(id).or_default();
        if e.started_at == 0 {
            e.started_at = at;
        }
        e.updated_at = e.updated_at.max(at);
        e
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(mut p: Progress, actions: Vec<Action>) -> Progress {
        for a in actions {
            p.apply(a);
        }
        p
    }

    fn run(verdict: &str, at: Millis) -> LastRun {
        LastRun::new(verdict, Vec::new(), None, at)
    }

    #[test]
    fn passing_is_permanent_and_every_run_counts_as_an_attempt() {
        let id = "m/e".to_string();
        let p = apply(
            Progress::default(),
            vec![
                Action::Graded {
                    id: id.clone(),
                    run: run("passed", 1),
                },
                Action::Graded {
                    id: id.clone(),
                    run: run("failed", 2),
                },
            ],
        );
        assert!(p.is_passed(&id));
        let e = p.exercise(&id);
        assert_eq!(e.attempts, 2);
        assert_eq!(e.last_run.unwrap().verdict, "failed");
        assert_eq!((e.started_at, e.updated_at), (1, 2));
    }

    #[test]
    fn reset_forgets_code_but_not_progress() {
        let id = "m/e".to_string();
        let p = apply(
            Progress::default(),
            vec![
                Action::Edit {
                    id: id.clone(),
                    code: "x".into(),
                    at: 1,
                },
                Action::ShowHint {
                    id: id.clone(),
                    at: 2,
                },
                Action::Reset {
                    id: id.clone(),
                    at: 3,
                },
            ],
        );
        let e = p.exercise(&id);
        assert_eq!(e.code, None);
        assert_eq!(e.hints_shown, 1);
        assert_eq!(e.status(), Status::NotStarted);
    }

    #[test]
    fn a_quiz_is_passed_when_every_question_was_answered_right_once() {
        let id = "m/q".to_string();
        let answer = |question, correct| Action::Answered {
            id: id.clone(),
            question,
            correct,
            at: 5,
        };
        let p = apply(
            Progress::default(),
            vec![answer(0, true), answer(1, false), answer(0, false)],
        );
        assert!(p.is_answered(&id, 0));
        assert!(!p.is_quiz_passed(&id, 2));
        let p = apply(p, vec![answer(1, true)]);
        assert!(p.is_quiz_passed(&id, 2));
    }

    #[test]
    fn failing_test_names_are_capped() {
        let names = (0..100).map(|i| format!("{i}{}", "x".repeat(500)));
        let r = LastRun::new("failed", names, None, 1);
        assert_eq!(r.failing_tests.len(), LastRun::MAX_NAMES);
        assert!(r.failing_tests.iter().all(|n| n.chars().count() <= 200));
    }

    #[test]
    fn a_blank_display_name_clears_it() {
        let p = apply(
            Progress::default(),
            vec![
                Action::SetName {
                    name: "  Ana López ".into(),
                    at: 1,
                },
                Action::SetName {
                    name: "   ".into(),
                    at: 2,
                },
            ],
        );
        assert_eq!(p.display_name, None);
        assert_eq!(p.display_name_at, 2);
    }
}

//! The learner's progress: one reducer, one named action per change, persisted by the app.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use yew::Reducible;

/// Everything saved about one exercise.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExerciseProgress {
    /// The learner's code; `None` until they first edit, meaning "the starter".
    pub code: Option<String>,
    /// Once passed, an exercise stays passed.
    pub passed: bool,
    pub hints_shown: usize,
    pub solution_shown: bool,
}

/// The learner's progress through one pack. Keys are full item ids ("module/item").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    pub exercises: BTreeMap<String, ExerciseProgress>,
    pub lessons_read: BTreeSet<String>,
    /// For each quiz, the questions answered correctly at least once (by index).
    pub quizzes: BTreeMap<String, BTreeSet<usize>>,
    /// The item opened most recently, for "continue where you left off".
    pub last_visited: Option<String>,
}

/// A change to progress.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Edit {
        id: String,
        code: String,
    },
    Graded {
        id: String,
        passed: bool,
    },
    ShowHint {
        id: String,
    },
    ShowSolution {
        id: String,
    },
    Reset {
        id: String,
    },
    ReadLesson {
        id: String,
    },
    Answered {
        id: String,
        question: usize,
        correct: bool,
    },
    Visit {
        id: String,
    },
}

impl Progress {
    /// Progress of one exercise (default when never touched).
    pub fn exercise(&self, id: &str) -> ExerciseProgress {
        self.exercises.get(id).cloned().unwrap_or_default()
    }

    pub fn is_passed(&self, id: &str) -> bool {
        self.exercises.get(id).is_some_and(|e| e.passed)
    }

    pub fn is_read(&self, id: &str) -> bool {
        self.lessons_read.contains(id)
    }

    /// Whether question `question` of quiz `id` has been answered correctly.
    pub fn is_answered(&self, id: &str, question: usize) -> bool {
        self.quizzes.get(id).is_some_and(|q| q.contains(&question))
    }

    /// A quiz is passed once each of its `questions` has been answered correctly.
    pub fn is_quiz_passed(&self, id: &str, questions: usize) -> bool {
        self.quizzes
            .get(id)
            .is_some_and(|q| (0..questions).all(|i| q.contains(&i)))
    }
}

impl Reducible for Progress {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit { id, code } => next.exercises.entry(id).or_default().code = Some(code),
            Action::Graded { id, passed } => {
                let e = next.exercises.entry(id).or_default();
                e.passed |= passed;
            }
            Action::ShowHint { id } => next.exercises.entry(id).or_default().hints_shown += 1,
            Action::ShowSolution { id } => {
                next.exercises.entry(id).or_default().solution_shown = true
            }
            Action::Reset { id } => next.exercises.entry(id).or_default().code = None,
            Action::ReadLesson { id } => {
                next.lessons_read.insert(id);
            }
            // A wrong retry does not take back a question already answered correctly.
            Action::Answered {
                id,
                question,
                correct: true,
            } => {
                next.quizzes.entry(id).or_default().insert(question);
            }
            Action::Answered { .. } => {}
            Action::Visit { id } => next.last_visited = Some(id),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(p: Progress, actions: Vec<Action>) -> Progress {
        let mut rc = Rc::new(p);
        for a in actions {
            rc = rc.reduce(a);
        }
        (*rc).clone()
    }

    #[test]
    fn passing_is_permanent() {
        let id = "m/e".to_string();
        let p = apply(
            Progress::default(),
            vec![
                Action::Graded {
                    id: id.clone(),
                    passed: true,
                },
                Action::Graded {
                    id: id.clone(),
                    passed: false,
                },
            ],
        );
        assert!(p.is_passed(&id));
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
                },
                Action::ShowHint { id: id.clone() },
                Action::Reset { id: id.clone() },
            ],
        );
        let e = p.exercise(&id);
        assert_eq!(e.code, None);
        assert_eq!(e.hints_shown, 1);
    }

    #[test]
    fn a_quiz_is_passed_when_every_question_was_answered_right_once() {
        let id = "m/q".to_string();
        let answer = |question, correct| Action::Answered {
            id: id.clone(),
            question,
            correct,
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
    fn progress_survives_serialization_and_old_shapes() {
        let p = apply(
            Progress::default(),
            vec![Action::ReadLesson { id: "m/l".into() }],
        );
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<Progress>(&json).unwrap(), p);
        // Fields added later must not make older saved progress unreadable.
        let old: Progress =
            serde_json::from_str(r#"{"exercises":{"m/e":{"passed":true}}}"#).unwrap();
        assert!(old.is_passed("m/e"));
    }
}

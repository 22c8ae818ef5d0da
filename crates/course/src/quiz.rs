//! Quizzes: questions with an explanation for every option, checked on the learner's device.

use serde::{Deserialize, Serialize};

/// A quiz item of a module.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quiz {
    pub id: String,
    pub title: String,
    pub questions: Vec<Question>,
}

/// One question and how it is answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub prompt_html: String,
    pub answer: Answer,
    /// For a predict-the-output question, the program shown: a pack's check runs it and holds
    /// the accepted answer to what it really prints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Answer {
    /// Exactly one option is correct.
    Single { options: Vec<Choice> },
    /// The learner must pick exactly the correct options.
    Multiple { options: Vec<Choice> },
    /// A short typed answer, compared ignoring case and surrounding spaces.
    Text {
        accepted: Vec<String>,
        explain_html: String,
    },
}

/// An option of a choice question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub text_html: String,
    pub correct: bool,
    /// Why this option is right or wrong, shown once the question is checked.
    pub explain_html: String,
}

/// What the learner answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Response {
    /// Indexes of the chosen options.
    Choices(Vec<usize>),
    Text(String),
}

impl Question {
    /// Whether a program printing `lines` would have its output accepted as the answer: the
    /// lines joined by spaces, as a learner types them on one line.
    pub fn accepts_output(&self, lines: &[&str]) -> bool {
        self.is_correct(&Response::Text(lines.join(" ")))
    }

    /// Whether `response` answers this question correctly.
    pub fn is_correct(&self, response: &Response) -> bool {
        match (&self.answer, response) {
            (
                Answer::Single { options } | Answer::Multiple { options },
                Response::Choices(chosen),
            ) => {
                let mut chosen = chosen.clone();
                chosen.sort_unstable();
                chosen.dedup();
                let correct: Vec<usize> = options
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| o.correct)
                    .map(|(i, _)| i)
                    .collect();
                chosen == correct
            }
            (Answer::Text { accepted, .. }, Response::Text(typed)) => {
                let typed = normalize(typed);
                !typed.is_empty() && accepted.iter().any(|a| normalize(a) == typed)
            }
            _ => false,
        }
    }
}

/// Case and spacing do not make an answer wrong: "  Let " matches "let".
fn normalize(answer: &str) -> String {
    answer
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(correct: bool) -> Choice {
        Choice {
            text_html: String::new(),
            correct,
            explain_html: String::new(),
        }
    }

    fn question(answer: Answer) -> Question {
        Question {
            prompt_html: String::new(),
            answer,
            code: None,
        }
    }

    #[test]
    fn single_choice_needs_the_one_correct_option() {
        let q = question(Answer::Single {
            options: vec![choice(false), choice(true), choice(false)],
        });
        assert!(q.is_correct(&Response::Choices(vec![1])));
        assert!(!q.is_correct(&Response::Choices(vec![0])));
        assert!(!q.is_correct(&Response::Choices(vec![])));
        assert!(!q.is_correct(&Response::Text("1".into())));
    }

    #[test]
    fn multiple_choice_needs_exactly_the_correct_set() {
        let q = question(Answer::Multiple {
            options: vec![choice(true), choice(false), choice(true)],
        });
        assert!(q.is_correct(&Response::Choices(vec![2, 0])));
        assert!(!q.is_correct(&Response::Choices(vec![0])));
        assert!(!q.is_correct(&Response::Choices(vec![0, 1, 2])));
    }

    #[test]
    fn text_answers_ignore_case_and_spacing() {
        let q = question(Answer::Text {
            accepted: vec!["Not Found".into(), "404".into()],
            explain_html: String::new(),
        });
        assert!(q.is_correct(&Response::Text("  not   found ".into())));
        assert!(q.is_correct(&Response::Text("404".into())));
        assert!(!q.is_correct(&Response::Text("40".into())));
        assert!(!q.is_correct(&Response::Text("   ".into())));
    }
}

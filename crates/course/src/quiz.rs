//! Quizzes: questions with an explanation for every option, checked on the learner's device.

use serde::{Deserialize, Serialize};

/// A quiz item of a module.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quiz {
    pub id: String,
    pub title: String,
    pub questions: Vec<Question>,
    /// The Spanish title, when the pack carries one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title_es: String,
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
    /// The question in Spanish, when the pack carries a translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es: Option<Box<QuestionEs>>,
}

/// A question's Spanish text: the same answer, shown in the learner's language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QuestionEs {
    pub prompt_html: String,
    /// One per option of a choice question, in the same order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ChoiceEs>,
    /// The explanation of a text or predict question.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub explain_html: String,
    /// Spanish answers a text question also accepts ("servidor" beside "server").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accepted: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChoiceEs {
    pub text_html: String,
    pub explain_html: String,
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

impl Quiz {
    /// The quiz as a Spanish-speaking learner sees it: translated questions in Spanish, the
    /// others as written, and whether every part was translated.
    pub fn in_spanish(&self) -> (Quiz, bool) {
        let mut all = !self.title_es.is_empty();
        let questions = self
            .questions
            .iter()
            .map(|q| match q.in_spanish() {
                Some(es) => es,
                None => {
                    all = false;
                    q.clone()
                }
            })
            .collect();
        let title = if self.title_es.is_empty() {
            self.title.clone()
        } else {
            self.title_es.clone()
        };
        let quiz = Quiz {
            id: self.id.clone(),
            title,
            questions,
            title_es: self.title_es.clone(),
        };
        (quiz, all)
    }
}

impl Question {
    /// The question with its Spanish text in place of the English, when it has a translation.
    /// The answer does not change: the same options are correct, and a text question accepts
    /// its English answers as well as its Spanish ones.
    pub fn in_spanish(&self) -> Option<Question> {
        let es = self.es.as_deref()?;
        let answer = match &self.answer {
            Answer::Single { options } => Answer::Single {
                options: translate_choices(options, &es.options),
            },
            Answer::Multiple { options } => Answer::Multiple {
                options: translate_choices(options, &es.options),
            },
            Answer::Text {
                accepted,
                explain_html,
            } => Answer::Text {
                accepted: accepted.iter().chain(&es.accepted).cloned().collect(),
                explain_html: if es.explain_html.is_empty() {
                    explain_html.clone()
                } else {
                    es.explain_html.clone()
                },
            },
        };
        // The program of a predict question stays as it is; only the prompt above it changes.
        let code_html = self
            .prompt_html
            .find("<pre")
            .map(|at| &self.prompt_html[at..])
            .unwrap_or("");
        Some(Question {
            prompt_html: format!("{}{code_html}", es.prompt_html),
            answer,
            code: self.code.clone(),
            es: None,
        })
    }

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

fn translate_choices(options: &[Choice], es: &[ChoiceEs]) -> Vec<Choice> {
    options
        .iter()
        .enumerate()
        .map(|(i, o)| match es.get(i) {
            Some(t) => Choice {
                text_html: t.text_html.clone(),
                correct: o.correct,
                explain_html: t.explain_html.clone(),
            },
            None => o.clone(),
        })
        .collect()
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
            es: None,
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

    #[test]
    fn a_spanish_question_keeps_its_answer_and_accepts_both_languages() {
        let mut q = question(Answer::Single {
            options: vec![choice(false), choice(true)],
        });
        q.prompt_html = "<p>Which?</p><pre><code>x</code></pre>".into();
        q.es = Some(Box::new(QuestionEs {
            prompt_html: "<p>¿Cuál?</p>".into(),
            options: vec![
                ChoiceEs {
                    text_html: "uno".into(),
                    explain_html: "no".into(),
                },
                ChoiceEs {
                    text_html: "dos".into(),
                    explain_html: "sí".into(),
                },
            ],
            ..QuestionEs::default()
        }));
        let es = q.in_spanish().unwrap();
        assert_eq!(es.prompt_html, "<p>¿Cuál?</p><pre><code>x</code></pre>");
        assert!(es.is_correct(&Response::Choices(vec![1])));
        let Answer::Single { options } = &es.answer else {
            panic!("still a single choice")
        };
        assert_eq!(options[1].text_html, "dos");

        let mut t = question(Answer::Text {
            accepted: vec!["server".into()],
            explain_html: "A server answers.".into(),
        });
        t.es = Some(Box::new(QuestionEs {
            prompt_html: "¿Qué?".into(),
            explain_html: "Un servidor responde.".into(),
            accepted: vec!["servidor".into()],
            ..QuestionEs::default()
        }));
        let es = t.in_spanish().unwrap();
        assert!(es.is_correct(&Response::Text("Servidor".into())));
        assert!(es.is_correct(&Response::Text("server".into())));
        assert!(question(Answer::Text {
            accepted: vec![],
            explain_html: String::new()
        })
        .in_spanish()
        .is_none());
    }
}

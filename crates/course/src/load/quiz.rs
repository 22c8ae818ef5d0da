//! Quizzes and their questions, in English and Spanish.

use super::*;

impl Loader<'_> {
    pub(super) fn quiz(&mut self, file: &Path, id: &str) -> Option<Quiz> {
        let (raw, text): (QuizToml, _) = self.toml(file, &["title", "title_es", "questions"])?;
        if raw.title.trim().is_empty() {
            self.report(
                file,
                find_line(&text, "title"),
                "the title is empty; give the quiz a title",
            );
        }
        if raw.questions.is_empty() {
            self.report(
                file,
                None,
                "the quiz has no questions; add them as [[questions]] tables",
            );
        }
        let headers: Vec<usize> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.trim() == "[[questions]]")
            .map(|(i, _)| i + 1)
            .collect();
        let translated =
            !raw.title_es.trim().is_empty() || raw.questions.iter().any(QuestionToml::has_spanish);
        if raw.title_es.trim().is_empty() && (translated || self.spanish_required) {
            self.report(
                file,
                find_line(&text, "title"),
                "the quiz has Spanish questions or the pack promises Spanish (languages in pack.toml), but no title_es; add the Spanish title",
            );
        }
        let mut questions = Vec::new();
        for (n, q) in raw.questions.into_iter().enumerate() {
            let line = headers.get(n).copied();
            let es = self.question_es(file, line, n + 1, &q, translated);
            if let Some(mut question) = self.question(file, line, n + 1, q) {
                question.es = es;
                questions.push(question);
            }
        }
        Some(Quiz {
            id: id.to_string(),
            title: raw.title,
            questions,
            title_es: raw.title_es.trim().to_string(),
        })
    }

    /// A question's Spanish text, checked to be whole and made from the English as it is now.
    /// Once a quiz carries any Spanish (or the pack promises it), every question needs it.
    pub(super) fn question_es(
        &mut self,
        file: &Path,
        line: Option<usize>,
        n: usize,
        q: &QuestionToml,
        quiz_translated: bool,
    ) -> Option<Box<QuestionEs>> {
        if !q.has_spanish() {
            if quiz_translated || self.spanish_required {
                let hash = translation::source_hash(&q.english());
                self.report(file, line, format!("question {n}: the quiz is translated, but this question has no Spanish; add prompt_es (and text_es and explain_es for each option, or explain_es), with source_es = \"{hash}\""));
            }
            return None;
        }
        let mut missing = Vec::new();
        if q.prompt_es.trim().is_empty() {
            missing.push("prompt_es".to_string());
        }
        for (i, o) in q.options.iter().enumerate() {
            if o.text_es.trim().is_empty() || o.explain_es.trim().is_empty() {
                missing.push(format!("text_es and explain_es of option {}", i + 1));
            }
        }
        if q.options.is_empty() && q.explain_es.trim().is_empty() {
            missing.push("explain_es".to_string());
        }
        if !missing.is_empty() {
            self.report(
                file,
                line,
                format!(
                    "question {n}: the Spanish is incomplete; add {}",
                    missing.join(", ")
                ),
            );
        }
        let now = translation::source_hash(&q.english());
        match q.source_es.as_deref() {
            Some(hash) if hash == now => {}
            Some(hash) => self.report(file, line, format!("question {n}: the Spanish is stale: it was made from English {hash:?}, and the English is now {now:?}; bring the Spanish up to date, then set source_es = \"{now}\"")),
            None => self.report(file, line, format!("question {n}: say which English the Spanish translates, so a later change to it is noticed: add source_es = \"{now}\"")),
        }
        Some(Box::new(QuestionEs {
            prompt_html: markdown::inline_to_html(&q.prompt_es),
            options: q
                .options
                .iter()
                .map(|o| ChoiceEs {
                    text_html: markdown::inline_to_html(&o.text_es),
                    explain_html: markdown::inline_to_html(&o.explain_es),
                })
                .collect(),
            explain_html: markdown::inline_to_html(&q.explain_es),
            accepted: q.answers_es.clone(),
        }))
    }

    pub(super) fn question(
        &mut self,
        file: &Path,
        line: Option<usize>,
        n: usize,
        q: QuestionToml,
    ) -> Option<Question> {
        let mut problems = Vec::new();
        if q.prompt.trim().is_empty() {
            problems.push("the prompt is empty; write the question in `prompt`".to_string());
        }
        let correct = q.options.iter().filter(|o| o.correct).count();
        let choices = |options: &[ChoiceToml], problems: &mut Vec<String>| -> Vec<Choice> {
            for (i, o) in options.iter().enumerate() {
                if o.text.trim().is_empty() || o.explain.trim().is_empty() {
                    problems.push(format!(
                        "option {} needs both `text` and `explain` (why it is right or wrong)",
                        i + 1
                    ));
                }
            }
            options
                .iter()
                .map(|o| Choice {
                    text_html: markdown::inline_to_html(&o.text),
                    correct: o.correct,
                    explain_html: markdown::inline_to_html(&o.explain),
                })
                .collect()
        };
        let answer = match q.kind.as_str() {
            "single" => {
                if !(2..=6).contains(&q.options.len()) || correct != 1 {
                    problems.push(format!("a \"single\" question needs 2 to 6 options with exactly one `correct = true`; it has {} options and {correct} correct", q.options.len()));
                }
                Answer::Single {
                    options: choices(&q.options, &mut problems),
                }
            }
            "multiple" => {
                if !(3..=8).contains(&q.options.len()) || correct == 0 {
                    problems.push(format!("a \"multiple\" question needs 3 to 8 options with at least one `correct = true`; it has {} options and {correct} correct", q.options.len()));
                }
                Answer::Multiple {
                    options: choices(&q.options, &mut problems),
                }
            }
            "predict" => {
                if q.code.as_deref().is_none_or(|c| c.trim().is_empty()) {
                    problems.push(
                        "a \"predict\" question needs `code`: the program whose output the learner predicts".to_string(),
                    );
                }
                if q.answers.iter().all(|a| a.trim().is_empty()) || q.explain.trim().is_empty() {
                    problems.push(
                        "a \"predict\" question needs `answers` (what the program prints, its lines joined by spaces) and `explain`".to_string(),
                    );
                }
                if !q.options.is_empty() {
                    problems
                        .push("a \"predict\" question has no `options`; remove them".to_string());
                }
                Answer::Text {
                    accepted: q.answers,
                    explain_html: markdown::inline_to_html(&q.explain),
                }
            }
            "text" => {
                if q.code.is_some() {
                    problems.push("only a \"predict\" question has `code`; use kind = \"predict\" or remove it".to_string());
                }
                if q.answers.iter().all(|a| a.trim().is_empty()) || q.explain.trim().is_empty() {
                    problems.push(
                        "a \"text\" question needs `answers` (the accepted answers) and `explain`"
                            .to_string(),
                    );
                }
                if !q.options.is_empty() {
                    problems.push("a \"text\" question has no `options`; remove them or use kind = \"single\"".to_string());
                }
                Answer::Text {
                    accepted: q.answers,
                    explain_html: markdown::inline_to_html(&q.explain),
                }
            }
            other => {
                problems.push(format!(
                    "kind {other:?} is not known; use \"single\", \"multiple\", \"text\" or \"predict\""
                ));
                return self.question_problems(file, line, n, problems);
            }
        };
        if !problems.is_empty() {
            return self.question_problems(file, line, n, problems);
        }
        let mut prompt_html = markdown::inline_to_html(&q.prompt);
        if let Some(code) = &q.code {
            let fence = "`".repeat(3.max(longest_backtick_run(code) + 1));
            prompt_html +=
                &markdown::to_html(&format!("{fence}js\n{}\n{fence}\n", code.trim_end()));
        }
        Some(Question {
            prompt_html,
            answer,
            code: q.code,
            es: None,
        })
    }

    pub(super) fn question_problems(
        &mut self,
        file: &Path,
        line: Option<usize>,
        n: usize,
        problems: Vec<String>,
    ) -> Option<Question> {
        for p in problems {
            self.report(file, line, format!("question {n}: {p}"));
        }
        None
    }
}

//! The shapes of pack.toml, module.toml, exercise.toml, quiz files, the glossary and lesson
//! front matter, as serde reads them.

use super::*;

#[derive(Deserialize)]
pub(super) struct PackToml {
    pub(super) id: String,
    pub(super) title: String,
    pub(super) version: String,
    #[serde(default)]
    pub(super) summary: String,
    pub(super) modules: Vec<String>,
    pub(super) source: Option<SourceToml>,
    /// Languages besides English that every lesson and exercise is translated into.
    #[serde(default)]
    pub(super) languages: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SourceToml {
    pub(super) name: String,
    #[serde(default)]
    pub(super) url: String,
    pub(super) license: String,
    #[serde(default)]
    pub(super) license_file: String,
}

#[derive(Deserialize)]
pub(super) struct ModuleToml {
    pub(super) title: String,
    #[serde(default)]
    pub(super) summary: String,
    pub(super) items: Vec<String>,
}

#[derive(Deserialize)]
pub(super) struct ExerciseToml {
    pub(super) title: String,
    #[serde(default)]
    pub(super) kind: Option<String>,
    pub(super) difficulty: u8,
    pub(super) minutes: u32,
    #[serde(default)]
    pub(super) concepts: Vec<String>,
    pub(super) hints: Vec<String>,
    pub(super) time_limit_ms: Option<u32>,
    #[serde(default)]
    pub(super) files: Vec<String>,
    pub(super) import_as: Option<String>,
    #[serde(default)]
    pub(super) checks: Vec<CheckToml>,
    #[serde(default)]
    pub(super) title_es: String,
    #[serde(default)]
    pub(super) hints_es: Vec<String>,
    #[serde(default)]
    pub(super) page: Option<crate::page::PageToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CheckToml {
    pub(super) text: String,
    pub(super) code: String,
}

#[derive(Deserialize, Default)]
pub(super) struct FrontMatter {
    #[serde(default)]
    pub(super) introduces: Vec<String>,
    /// In a translation: the hash of the English text it was made from.
    #[serde(default)]
    pub(super) source: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct QuizToml {
    pub(super) title: String,
    #[serde(default)]
    pub(super) title_es: String,
    #[serde(default)]
    pub(super) questions: Vec<QuestionToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct QuestionToml {
    pub(super) kind: String,
    pub(super) prompt: String,
    #[serde(default)]
    pub(super) options: Vec<ChoiceToml>,
    #[serde(default)]
    pub(super) answers: Vec<String>,
    #[serde(default)]
    pub(super) explain: String,
    /// The program of a "predict" question.
    pub(super) code: Option<String>,
    #[serde(default)]
    pub(super) prompt_es: String,
    #[serde(default)]
    pub(super) explain_es: String,
    #[serde(default)]
    pub(super) answers_es: Vec<String>,
    /// The hash of the English question the Spanish was made from.
    pub(super) source_es: Option<String>,
}

impl QuestionToml {
    /// The English text a translation of this question is made from, for its source hash.
    pub(super) fn english(&self) -> String {
        let mut parts = vec![self.prompt.as_str()];
        parts.extend(self.code.as_deref());
        for o in &self.options {
            parts.extend([o.text.as_str(), o.explain.as_str()]);
        }
        parts.extend(self.answers.iter().map(String::as_str));
        parts.push(&self.explain);
        parts.join("\n")
    }

    pub(super) fn has_spanish(&self) -> bool {
        !self.prompt_es.trim().is_empty()
            || !self.explain_es.trim().is_empty()
            || !self.answers_es.is_empty()
            || self.source_es.is_some()
            || self
                .options
                .iter()
                .any(|o| !o.text_es.trim().is_empty() || !o.explain_es.trim().is_empty())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ChoiceToml {
    pub(super) text: String,
    #[serde(default)]
    pub(super) correct: bool,
    #[serde(default)]
    pub(super) explain: String,
    #[serde(default)]
    pub(super) text_es: String,
    #[serde(default)]
    pub(super) explain_es: String,
}

#[derive(Deserialize)]
pub(super) struct GlossaryToml {
    #[serde(default)]
    pub(super) terms: Vec<TermToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TermToml {
    pub(super) term: String,
    pub(super) es: String,
    pub(super) definition: String,
    #[serde(default)]
    pub(super) definition_es: String,
}

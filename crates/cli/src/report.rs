//! `puente report`: what a class's exported progress files say, as one self-contained HTML page
//! (and optionally CSV) for the instructor. Files are untrusted and varied: each one that cannot
//! be used, or can only be used in part, is named in the report instead of stopping it.

use crate::output::outln;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use course::{Item, Pack};
use progress::{decode, Progress, Status, FORMAT};

use crate::report_html;

/// One item of the pack, in course order.
pub struct Column {
    pub id: String,
    pub module: usize,
    pub title: String,
    pub kind: Kind,
    /// Questions, for a quiz.
    pub questions: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Lesson,
    Exercise,
    Quiz,
}

/// A learner and their progress.
pub struct Learner {
    pub name: String,
    pub file: PathBuf,
    pub progress: Progress,
    /// When the file was made (or, if it does not say, the learner's last activity).
    pub exported_at: u64,
}

/// How one learner stands on one item.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Done,
    Started,
    NotStarted,
}

/// Something about an input file the instructor should know.
pub struct Notice {
    pub file: String,
    pub message: String,
}

/// Everything the page shows.
pub struct Report {
    pub pack_title: String,
    pub pack_version: String,
    pub modules: Vec<String>,
    pub columns: Vec<Column>,
    pub learners: Vec<Learner>,
    pub notices: Vec<Notice>,
}

impl Report {
    pub fn cell(&self, learner: &Learner, column: &Column) -> Cell {
        let p = &learner.progress;
        match column.kind {
            Kind::Lesson if p.is_read(&column.id) => Cell::Done,
            Kind::Lesson => Cell::NotStarted,
            Kind::Exercise => match p.exercise(&column.id).status() {
                Status::Passed => Cell::Done,
                Status::Attempted => Cell::Started,
                Status::NotStarted => Cell::NotStarted,
            },
            Kind::Quiz if p.is_quiz_passed(&column.id, column.questions) => Cell::Done,
            Kind::Quiz
                if p.quizzes
                    .get(&column.id)
                    .is_some_and(|q| !q.answered.is_empty()) =>
            {
                Cell::Started
            }
            Kind::Quiz => Cell::NotStarted,
        }
    }

    /// The learner's latest activity of any kind (milliseconds since 1970), 0 if none.
    pub fn last_activity(learner: &Learner) -> u64 {
        let p = &learner.progress;
        p.exercises
            .values()
            .map(|e| e.updated_at)
            .chain(p.lessons.values().map(|l| l.read_at))
            .chain(p.quizzes.values().map(|q| q.updated_at))
            .chain([p.last_visited_at])
            .max()
            .unwrap_or(0)
    }

    /// Items done out of all items, for each module, in module order.
    pub fn completion(&self, learner: &Learner) -> Vec<(usize, usize)> {
        let mut by_module = vec![(0, 0); self.modules.len()];
        for column in &self.columns {
            let slot = &mut by_module[column.module];
            slot.1 += 1;
            if self.cell(learner, column) == Cell::Done {
                slot.0 += 1;
            }
        }
        by_module
    }

    /// Per exercise: the share of learners who passed, the median attempts of those who tried,
    /// and the most common failing test and error kind in learners' last runs.
    pub fn exercise_stats(&self, column: &Column) -> ExerciseStats {
        let mut passed = 0;
        let mut attempts = Vec::new();
        let mut failing: HashMap<&str, usize> = HashMap::new();
        let mut errors: HashMap<&str, usize> = HashMap::new();
        for learner in &self.learners {
            let Some(e) = learner.progress.exercises.get(&column.id) else {
                continue;
            };
            passed += usize::from(e.passed);
            if e.attempts > 0 {
                attempts.push(e.attempts);
            }
            if let Some(run) = e.last_run.as_ref().filter(|r| !r.passed()) {
                for name in &run.failing_tests {
                    *failing.entry(name).or_default() += 1;
                }
                if let Some(kind) = &run.error_kind {
                    *errors.entry(kind).or_default() += 1;
                }
            }
        }
        attempts.sort_unstable();
        let median = match attempts.len() {
            0 => None,
            n if n % 2 == 1 => Some(f64::from(attempts[n / 2])),
            n => Some(f64::from(attempts[n / 2 - 1] + attempts[n / 2]) / 2.0),
        };
        ExerciseStats {
            pass_rate: (!self.learners.is_empty())
                .then(|| passed as f64 / self.learners.len() as f64),
            median_attempts: median,
            common_failure: most_common(failing),
            common_error: most_common(errors),
        }
    }
}

pub struct ExerciseStats {
    pub pass_rate: Option<f64>,
    pub median_attempts: Option<f64>,
    pub common_failure: Option<(String, usize)>,
    pub common_error: Option<(String, usize)>,
}

/// The most frequent key, ties broken by name so the report is the same every time.
fn most_common(counts: HashMap<&str, usize>) -> Option<(String, usize)> {
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(k, n)| (k.to_string(), n))
}

/// Loads the pack from a folder or a one-file pack.
fn load_pack(path: &Path) -> anyhow::Result<Pack> {
    if path.is_dir() {
        return course::load_pack(path).map_err(|e| anyhow::anyhow!("{e}"));
    }
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the pack file {}", path.display()))?;
    course::pack_file::open(&text).with_context(|| format!("{} cannot be opened", path.display()))
}

fn columns(pack: &Pack) -> Vec<Column> {
    let mut columns = Vec::new();
    for (index, module) in pack.modules.iter().enumerate() {
        for item in &module.items {
            let (kind, title, questions) = match item {
                Item::Lesson(l) => (Kind::Lesson, l.title.clone(), 0),
                Item::Exercise(e) => (Kind::Exercise, e.title.clone(), 0),
                Item::Quiz(q) => (Kind::Quiz, q.title.clone(), q.questions.len() as u32),
            };
            columns.push(Column {
                id: format!("{}/{}", module.id, item.id()),
                module: index,
                title,
                kind,
                questions,
            });
        }
    }
    columns
}

/// Reads the progress files into learners, noting every file that could not be used as it is.
pub fn build(pack_path: &Path, files: &[PathBuf]) -> anyhow::Result<Report> {
    let pack = load_pack(pack_path)?;
    let columns = columns(&pack);
    let known: std::collections::HashSet<&str> = columns.iter().map(|c| c.id.as_str()).collect();
    let mut notices = Vec::new();
    let mut by_name: BTreeMap<String, Learner> = BTreeMap::new();
    for file in files {
        let shown = file.display().to_string();
        let mut note = |message: String| {
            notices.push(Notice {
                file: shown.clone(),
                message,
            })
        };
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                note(format!("cannot be read ({e}); left out"));
                continue;
            }
        };
        let is_progress = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .and_then(|v| {
                v.get("format")
                    .and_then(|f| f.as_str())
                    .map(|f| f == FORMAT)
            })
            .unwrap_or(false);
        if !is_progress {
            note("is not a Puente progress file (export one from the app's \"Your progress\" page); left out".into());
            continue;
        }
        let decoded = decode(&text);
        let progress = decoded.progress;
        if !decoded.problems.is_empty() {
            note(format!(
                "{} part(s) could not be read and are left out: {}",
                decoded.problems.len(),
                decoded
                    .problems
                    .iter()
                    .map(|p| p.to_string())
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
        }
        if progress.pack_id != pack.id {
            note(format!(
                "is progress for the course \"{}\", not \"{}\"; its items are matched by id",
                progress.pack_id, pack.id
            ));
        } else if progress.pack_version != pack.version && !progress.pack_version.is_empty() {
            note(format!(
                "was recorded with version {} of the course (this report uses {}); items are matched by id",
                progress.pack_version, pack.version
            ));
        }
        let unknown = progress
            .exercises
            .keys()
            .chain(progress.lessons.keys())
            .chain(progress.quizzes.keys())
            .filter(|id| !known.contains(id.as_str()))
            .count();
        if unknown > 0 {
            note(format!(
                "has {unknown} item(s) this version of the course does not have; they are not shown"
            ));
        }
        let name = progress.display_name.clone().unwrap_or_else(|| {
            file.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| shown.clone())
        });
        let exported_at = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .and_then(|v| v.get("exported_at").and_then(|t| t.as_u64()))
            .unwrap_or(0);
        let mut learner = Learner {
            name: name.clone(),
            file: file.clone(),
            progress,
            exported_at,
        };
        if learner.exported_at == 0 {
            learner.exported_at = Report::last_activity(&learner);
        }
        let key = name.trim().to_lowercase();
        match by_name.get(&key) {
            Some(earlier) if earlier.exported_at >= learner.exported_at => {
                note(format!(
                    "is {name} again, older than {}; the newer file is used",
                    earlier.file.display()
                ));
            }
            Some(earlier) => {
                let older = earlier.file.display().to_string();
                note(format!(
                    "is {name} again, newer than {older}; this file is used"
                ));
                by_name.insert(key, learner);
            }
            None => {
                by_name.insert(key, learner);
            }
        }
    }
    Ok(Report {
        pack_title: pack.title.clone(),
        pack_version: pack.version.clone(),
        modules: pack.modules.iter().map(|m| m.title.clone()).collect(),
        columns,
        learners: by_name.into_values().collect(),
        notices,
    })
}

/// The grid as CSV: one row per learner and item.
pub fn csv(report: &Report) -> String {
    let mut out = String::from(
        "learner,item,kind,status,attempts,hints_shown,solution_viewed,last_verdict,error_kind,updated_at\n",
    );
    for learner in &report.learners {
        for column in &report.columns {
            let e = learner.progress.exercise(&column.id);
            let status = match report.cell(learner, column) {
                Cell::Done => "done",
                Cell::Started => "started",
                Cell::NotStarted => "not started",
            };
            let kind = match column.kind {
                Kind::Lesson => "lesson",
                Kind::Exercise => "exercise",
                Kind::Quiz => "quiz",
            };
            let run = e.last_run.as_ref();
            let fields = [
                learner.name.clone(),
                column.id.clone(),
                kind.to_string(),
                status.to_string(),
                e.attempts.to_string(),
                e.hints_shown.to_string(),
                e.solution_shown.to_string(),
                run.map(|r| r.verdict.clone()).unwrap_or_default(),
                run.and_then(|r| r.error_kind.clone()).unwrap_or_default(),
                e.updated_at.to_string(),
            ];
            let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&row.join(","));
            out.push('\n');
        }
    }
    out
}

/// A CSV field, quoted when needed; a leading `=`, `+`, `-` or `@` is neutralized so a
/// spreadsheet never runs a learner's display name as a formula.
fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// `puente report`.
pub fn run(
    files: &[PathBuf],
    pack: &Path,
    out: &Path,
    csv_out: Option<&Path>,
) -> anyhow::Result<std::process::ExitCode> {
    let report = build(pack, files)?;
    std::fs::write(out, report_html::page(&report))
        .with_context(|| format!("cannot write {}", out.display()))?;
    if let Some(path) = csv_out {
        std::fs::write(path, csv(&report))
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    for notice in &report.notices {
        eprintln!("note: {}: {}", notice.file, notice.message);
    }
    outln!(
        "Wrote {}: {} learner(s), {} item(s){}",
        out.display(),
        report.learners.len(),
        report.columns.len(),
        if report.notices.is_empty() {
            String::new()
        } else {
            format!(", {} note(s) about the files", report.notices.len())
        }
    );
    Ok(std::process::ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(csv_field("Ana"), "Ana");
        assert_eq!(csv_field("López, Ana"), "\"López, Ana\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    }
}

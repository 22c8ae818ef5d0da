//! freeCodeCamp's challenge files: Markdown with `# --hints--` (each hint a paragraph followed
//! by a JavaScript block that checks it) and `# --seed--` / `## --seed-contents--` (the code the
//! learner starts from). Graded as an assert-style exercise.

use std::path::Path;

use anyhow::Context;
use grader::Hint;

/// A challenge read from its Markdown file.
pub struct Challenge {
    pub seed: String,
    pub hints: Vec<Hint>,
    /// `# --description--` and `# --instructions--`, Markdown.
    pub description: String,
    /// The first block under `# --solutions--`.
    pub solution: Option<String>,
    /// `## --before-user-code--`: run before the learner's code, in the same scope.
    pub before_code: String,
    /// `## --after-user-code--`: run after it, before the hints.
    pub after_code: String,
}

/// Reads a challenge file.
pub fn load(path: &Path) -> anyhow::Result<Challenge> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let challenge = parse(&text);
    anyhow::ensure!(
        !challenge.hints.is_empty(),
        "{}: no hints found; a challenge lists its checks under `# --hints--`, each a paragraph followed by a ```js block",
        path.display()
    );
    Ok(challenge)
}

pub fn parse(text: &str) -> Challenge {
    let mut section = "";
    let mut subsection = "";
    let mut hints = Vec::new();
    let mut seed = None;
    let mut prose = Vec::new();
    let mut description = Vec::new();
    let mut solution = None;
    let mut before = None;
    let mut after = None;
    let mut block: Option<Vec<&str>> = None;
    for line in text.lines() {
        let in_text = matches!(section, "description" | "instructions");
        if let Some(code) = block.as_mut() {
            if in_text {
                description.push(line);
            }
            if line.trim_start().starts_with("```") {
                let code = code.join("\n");
                match (section, subsection) {
                    ("hints", _) => hints.push(Hint {
                        text: prose.join(" ").trim().to_string(),
                        code,
                    }),
                    ("seed", "seed-contents") if seed.is_none() => seed = Some(code),
                    ("seed", "before-user-code") if before.is_none() => before = Some(code),
                    ("seed", "after-user-code") if after.is_none() => after = Some(code),
                    ("solutions", _) if solution.is_none() => solution = Some(code),
                    _ => {}
                }
                prose.clear();
                block = None;
            } else {
                code.push(line);
            }
            continue;
        }
        if let Some(name) = line.strip_prefix("# --").and_then(|l| l.strip_suffix("--")) {
            section = name;
            subsection = "";
            prose.clear();
            if name == "instructions" {
                description.push("");
            }
        } else if let Some(name) = line
            .strip_prefix("## --")
            .and_then(|l| l.strip_suffix("--"))
        {
            subsection = name;
        } else if line.trim_start().starts_with("```") {
            if in_text {
                description.push(line);
            }
            block = Some(Vec::new());
        } else if in_text {
            description.push(line);
        } else if section == "hints" && !line.trim().is_empty() {
            prose.push(line.trim());
        }
    }
    Challenge {
        seed: seed.unwrap_or_default(),
        hints,
        description: description.join("\n").trim().to_string(),
        solution,
        before_code: before.unwrap_or_default(),
        after_code: after.unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn reads_hints_and_seed() {
        let text = "# --description--\n\nDeclare `total`.\n\n# --hints--\n\n`total` should be 7.\n\n```js\nassert.strictEqual(total, 7);\n```\n\nYou should use a\n`for` loop.\n\n```js\nassert(/for/.test(code));\n```\n\n# --seed--\n\n## --seed-contents--\n\n```js\nlet total = 0;\n```\n\n# --solutions--\n\n```js\nlet total = 7;\n```\n";
        let c = parse(text);
        assert_eq!(c.seed, "let total = 0;");
        assert_eq!(c.hints.len(), 2);
        assert_eq!(c.hints[0].text, "`total` should be 7.");
        assert_eq!(c.hints[1].text, "You should use a `for` loop.");
        assert_eq!(c.hints[1].code, "assert(/for/.test(code));");
        assert_eq!(c.description, "Declare `total`.");
        assert_eq!(c.solution.as_deref(), Some("let total = 7;"));
        assert_eq!(c.before_code, "");
    }

    #[test]
    fn reads_the_code_around_the_learners() {
        let text = "# --hints--\n\nlogs 7\n\n```js\nassert.deepEqual(logged, [7]);\n```\n\n# --seed--\n\n## --before-user-code--\n\n```js\nconst logged = [];\n```\n\n## --after-user-code--\n\n```js\nconst seen = logged.length;\n```\n\n## --seed-contents--\n\n```js\nlogged.push(7);\n```\n";
        let c = parse(text);
        assert_eq!(c.before_code, "const logged = [];");
        assert_eq!(c.after_code, "const seen = logged.length;");
        assert_eq!(c.seed, "logged.push(7);");
    }
}

//! freeCodeCamp's earlier Markdown format (`*.english.md`, 2018–2020): HTML sections
//! (`<section id='description'>`, `'instructions'`, `'tests'`, `'challengeSeed'`, `'solution'`),
//! the tests as a YAML list of `text`/`testString`, and the seed's parts in `<div id='js-seed'>`,
//! `'js-setup'` (run before the learner's code) and `'js-teardown'` (run after it).

use serde::Deserialize;

use super::fcc::html_to_markdown;

/// What one old-format challenge holds, before it becomes an exercise.
#[derive(Debug, Default)]
pub struct Parsed {
    /// Description and instructions, Markdown.
    pub description: String,
    /// (text in Markdown, code)
    pub checks: Vec<(String, String)>,
    pub seed: String,
    pub before_code: String,
    pub after_code: String,
    pub solution: Option<String>,
}

#[derive(Deserialize)]
struct Tests {
    #[serde(default)]
    tests: Vec<Test>,
}

#[derive(Deserialize)]
struct Test {
    #[serde(default)]
    text: String,
    #[serde(default, rename = "testString")]
    test_string: String,
}

/// Whether `text` is in this format: its sections are HTML `<section>` elements.
pub fn is_old_format(text: &str) -> bool {
    section_id(text.lines().find(|l| section_id(l).is_some()).unwrap_or("")).is_some()
}

/// The id of a `<section id='…'>` line.
fn section_id(line: &str) -> Option<&str> {
    tag_id(line, "<section")
}

/// The id of a `<div id='…'>` line.
fn div_id(line: &str) -> Option<&str> {
    tag_id(line, "<div")
}

fn tag_id<'a>(line: &'a str, tag: &str) -> Option<&'a str> {
    let rest = line.trim().strip_prefix(tag)?;
    let rest = rest.trim_start().strip_prefix("id=")?;
    let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let rest = &rest[1..];
    rest.find(quote).map(|end| &rest[..end])
}

/// Reads the body of an old-format challenge (after its front matter).
pub fn parse(body: &str) -> Result<Parsed, String> {
    let mut parsed = Parsed::default();
    let mut section = "";
    let mut div = "";
    let mut prose: Vec<String> = Vec::new();
    let mut block: Option<(String, Vec<&str>)> = None;
    let mut tests_yaml = None;
    for line in body.lines() {
        if let Some((lang, code)) = block.as_mut() {
            if line.trim_start().starts_with("```") {
                let code = code.join("\n");
                match section {
                    "description" | "instructions" => {
                        prose.push(format!("```{lang}\n{code}\n```"));
                    }
                    "tests" if tests_yaml.is_none() => tests_yaml = Some(code),
                    "challengeSeed" => {
                        let slot = match div {
                            "js-seed" => Some(&mut parsed.seed),
                            "js-setup" => Some(&mut parsed.before_code),
                            "js-teardown" => Some(&mut parsed.after_code),
                            _ => None,
                        };
                        if let Some(slot) = slot.filter(|s| s.is_empty()) {
                            *slot = code;
                        }
                    }
                    // freeCodeCamp's placeholder for "no solution written yet" is no solution.
                    "solution"
                        if parsed.solution.is_none()
                            && !code.trim().is_empty()
                            && code.trim() != "// solution required" =>
                    {
                        parsed.solution = Some(code);
                    }
                    _ => {}
                }
                block = None;
            } else {
                code.push(line);
            }
            continue;
        }
        if let Some(id) = section_id(line) {
            section = id;
            div = "";
            continue;
        }
        if let Some(id) = div_id(line) {
            div = id;
            continue;
        }
        let trimmed = line.trim();
        if let Some(lang) = trimmed.strip_prefix("```") {
            block = Some((lang.trim().to_string(), Vec::new()));
            continue;
        }
        if trimmed == "</section>" {
            section = "";
            continue;
        }
        if matches!(section, "description" | "instructions") && !trimmed.is_empty() {
            // Each line of these sections was its own paragraph when freeCodeCamp showed it.
            prose.push(html_to_markdown(trimmed));
        }
    }
    parsed.description = prose.join("\n\n");
    let yaml = tests_yaml.ok_or("it has no ```yml block of tests in its tests section")?;
    let tests: Tests = serde_norway::from_str(&yaml)
        .map_err(|e| format!("its tests are not readable YAML: {e}"))?;
    parsed.checks = tests
        .tests
        .into_iter()
        .filter(|t| !t.test_string.trim().is_empty())
        .map(|t| (html_to_markdown(&t.text), t.test_string))
        .collect();
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHALLENGE: &str = "## Description\n<section id='description'>\nUse <code>let</code> here.\nA second line.\n\n```js\nlet a = 1;\n```\n</section>\n\n## Instructions\n<section id=\"instructions\">\nMake <code>total</code> 7.\n</section>\n\n## Tests\n<section id='tests'>\n\n```yml\ntests:\n  - text: <code>total</code> should be 7.\n    testString: \"assert(total === 7, 'total: 7');\"\n  - text: Use no <code>var</code>.\n    testString: getUserInput => assert(!getUserInput('index').match(/var/g));\n```\n\n</section>\n\n## Challenge Seed\n<section id='challengeSeed'>\n\n<div id='js-setup'>\n\n```js\nconst base = 3;\n```\n\n</div>\n<div id='js-seed'>\n\n```js\nlet total = base;\n```\n\n</div>\n\n### After Test\n<div id='js-teardown'>\n\n```js\nconsole.info('after the test');\n```\n\n</div>\n</section>\n\n## Solution\n<section id='solution'>\n\n```js\nlet total = base + 4;\n```\n</section>\n";

    #[test]
    fn reads_every_part_of_an_old_challenge() {
        assert!(is_old_format(CHALLENGE));
        let p = parse(CHALLENGE).unwrap();
        assert_eq!(
            p.description,
            "Use `let` here.\n\nA second line.\n\n```js\nlet a = 1;\n```\n\nMake `total` 7."
        );
        assert_eq!(p.checks.len(), 2);
        assert_eq!(p.checks[0].0, "`total` should be 7.");
        assert_eq!(p.checks[0].1, "assert(total === 7, 'total: 7');");
        assert!(p.checks[1].1.starts_with("getUserInput =>"));
        assert_eq!(p.seed, "let total = base;");
        assert_eq!(p.before_code, "const base = 3;");
        assert_eq!(p.after_code, "console.info('after the test');");
        assert_eq!(p.solution.as_deref(), Some("let total = base + 4;"));
    }

    #[test]
    fn a_placeholder_solution_is_no_solution_and_bad_yaml_is_named() {
        let text = CHALLENGE.replace("let total = base + 4;", "// solution required");
        assert_eq!(parse(&text).unwrap().solution, None);
        let text = CHALLENGE.replace("  - text: <code>total</code>", "  - text: [unclosed");
        assert!(parse(&text).unwrap_err().contains("not readable YAML"));
        assert!(!is_old_format("# --description--\n\nToday's format.\n"));
    }
}

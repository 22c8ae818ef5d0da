//! freeCodeCamp challenges, in either of the two formats freeCodeCamp has used: Markdown files
//! (`# --description--`, `# --hints--`, `# --seed--`, `# --solutions--`; today's
//! curriculum/challenges/english) and the JSON bundles of the older freeCodeCamp/curriculum
//! repository (`{"name", "challenges": [{"title", "description", "tests", "files", "solutions"}]}`,
//! descriptions in HTML). Each challenge becomes an exercise graded by its checks, assert-style,
//! with the learner's code run as a plain script, as freeCodeCamp runs it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use serde_json::Value;

use super::{pack_toml, title_of, toml_str, PackOut};

const SOURCE_NAME: &str = "freeCodeCamp curriculum";
const SOURCE_URL: &str = "https://github.com/freeCodeCamp/freeCodeCamp";
/// Where the JSON bundles were published.
const OLD_SOURCE_URL: &str = "https://github.com/freeCodeCamp/curriculum";
const LICENSE_FILE: &str = "LICENSE.md";

/// One challenge, whichever format it came from.
struct Challenge {
    id: String,
    title: String,
    /// Markdown.
    description: String,
    /// (text in Markdown, code)
    checks: Vec<(String, String)>,
    seed: String,
    solution: Option<String>,
    /// Run before the learner's code (`before-user-code`, or `head` in JSON).
    before_code: String,
    /// Run after it, before the checks (`after-user-code`, or `tail`).
    after_code: String,
}

/// A module's worth of challenges: a folder of Markdown files or one JSON bundle.
struct Section {
    id: String,
    title: String,
    challenges: Vec<Result<Challenge, (String, String)>>,
    /// Read from an old JSON bundle rather than Markdown files.
    from_json: bool,
}

pub fn import(input: &Path) -> anyhow::Result<PackOut> {
    let sections = read_sections(input)?;
    let url = if sections.iter().any(|s| s.from_json) {
        OLD_SOURCE_URL
    } else {
        SOURCE_URL
    };
    let sections: Vec<Section> = sections
        .into_iter()
        .filter(|s| !s.challenges.is_empty())
        .collect();
    if sections.is_empty() {
        bail!(
            "{} holds no freeCodeCamp challenges: give a folder of challenge .md files (with `# --hints--`), a folder of such folders, or the JSON challenge bundles of freeCodeCamp/curriculum",
            input.display()
        );
    }
    let mut pack = PackOut::default();
    let (license, license_key) = find_license(input);
    match &license {
        Some(text) => pack.file(LICENSE_FILE, text.clone()),
        None => pack.note(
            "no LICENSE.md or LICENSE found with the challenges; add the source's license to the pack before publishing it",
        ),
    }
    let footer = format!(
        "\n\n---\n\n*From the [{SOURCE_NAME}]({url}), {license_key}{}.*\n",
        if license.is_some() {
            format!(" (see {LICENSE_FILE} in this pack)")
        } else {
            String::new()
        }
    );
    let mut module_ids = HashSet::new();
    for section in sections {
        let mut module = section.id.clone();
        while !module_ids.insert(module.clone()) {
            module.push_str("-2");
        }
        let mut ids = HashSet::new();
        for challenge in section.challenges {
            let c = match challenge {
                Ok(c) => c,
                Err((what, why)) => {
                    pack.skip(format!("{}/{what}", section.id), why);
                    continue;
                }
            };
            let what = format!("{}/{}", section.id, c.id);
            let Some(solution) = c.solution.filter(|s| !s.trim().is_empty()) else {
                pack.skip(what, "it has no solution");
                continue;
            };
            if c.checks.is_empty() {
                pack.skip(what, "it has no tests (hints)");
                continue;
            }
            if !ids.insert(c.id.clone()) {
                pack.skip(what, "another challenge of the section has the same id");
                continue;
            }
            let mut toml = format!(
                "title = {}\ndifficulty = 1\nminutes = 10\nhints = []\n",
                toml_str(&c.title)
            );
            for (text, code) in &c.checks {
                toml += &format!(
                    "\n[[checks]]\ntext = {}\ncode = {}\n",
                    toml_str(text),
                    toml_str(code)
                );
            }
            let base = PathBuf::from(&module).join(&c.id);
            pack.file(base.join("exercise.toml"), toml);
            pack.file(
                base.join("instructions.md"),
                c.description.trim().to_string() + &footer,
            );
            pack.file(base.join("starter.js"), with_newline(&c.seed));
            pack.file(base.join("solution.js"), with_newline(&solution));
            for (name, code) in [("before.js", &c.before_code), ("after.js", &c.after_code)] {
                if !code.trim().is_empty() {
                    pack.file(base.join(name), with_newline(code));
                }
            }
            pack.item(&module, &section.title, &c.id);
            pack.converted += 1;
        }
    }
    let source = format!(
        "[source]\nname = {}\nurl = {}\nlicense = {}\n{}",
        toml_str(SOURCE_NAME),
        toml_str(url),
        toml_str(&license_key),
        if license.is_some() {
            format!("license_file = \"{LICENSE_FILE}\"\n")
        } else {
            String::new()
        }
    );
    let text = pack_toml(
        &pack,
        "freecodecamp",
        "freeCodeCamp challenges",
        &format!("Challenges from the {SOURCE_NAME} ({url}), {license_key}."),
        &source,
    );
    pack.file("pack.toml", text);
    Ok(pack)
}

fn with_newline(code: &str) -> String {
    format!("{}\n", code.trim_end())
}

/// The license next to the challenges or up to three folders above, and a name for it.
fn find_license(input: &Path) -> (Option<String>, String) {
    let found = input.ancestors().take(4).find_map(|dir| {
        ["LICENSE.md", "LICENSE"]
            .iter()
            .find_map(|f| std::fs::read_to_string(dir.join(f)).ok())
    });
    let name = match &found {
        Some(text) if text.contains("Attribution-ShareAlike 4.0") => "CC BY-SA 4.0".to_string(),
        Some(text) if text.contains("BSD 3-Clause") => "BSD 3-Clause License".to_string(),
        Some(text) => text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("see LICENSE.md")
            .trim_start_matches('#')
            .trim()
            .to_string(),
        None => "license not found; see the source".to_string(),
    };
    (found, name)
}

fn read_sections(input: &Path) -> anyhow::Result<Vec<Section>> {
    if input.is_file() {
        return Ok(vec![read_file_section(input)?]);
    }
    if !input.is_dir() {
        bail!(
            "{} does not exist; give a folder of freeCodeCamp challenges",
            input.display()
        );
    }
    let mut sections = Vec::new();
    let (dirs, files) = entries(input)?;
    let mds: Vec<PathBuf> = files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "md"))
        .cloned()
        .collect();
    if !mds.is_empty() {
        sections.push(md_section(input, &mds));
    }
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "json"))
    {
        sections.push(read_file_section(f)?);
    }
    for d in dirs {
        let (_, files) = entries(&d)?;
        let mds: Vec<PathBuf> = files
            .into_iter()
            .filter(|f| f.extension().is_some_and(|e| e == "md"))
            .collect();
        if !mds.is_empty() {
            sections.push(md_section(&d, &mds));
        }
    }
    Ok(sections)
}

fn entries(dir: &Path) -> anyhow::Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let mut all: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    all.sort();
    Ok(all.into_iter().partition(|p| p.is_dir()))
}

fn read_file_section(file: &Path) -> anyhow::Result<Section> {
    if file.extension().is_some_and(|e| e == "json") {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let bundle: Value = serde_json::from_str(&text)
            .with_context(|| format!("{} is not valid JSON", file.display()))?;
        let Some(challenges) = bundle["challenges"].as_array() else {
            bail!(
                "{} has no \"challenges\" list, so it is not a freeCodeCamp challenge bundle",
                file.display()
            );
        };
        let stem = file.file_stem().unwrap_or_default().to_string_lossy();
        Ok(Section {
            id: super::to_id(&stem),
            title: bundle["name"]
                .as_str()
                .map_or_else(|| title_of(&super::to_id(&stem)), str::to_string),
            challenges: challenges.iter().map(from_json).collect(),
            from_json: true,
        })
    } else {
        let dir = file.parent().unwrap_or(Path::new("."));
        Ok(md_section(dir, &[file.to_path_buf()]))
    }
}

/// Whether a Markdown file is a challenge at all; a README or LICENSE.md beside the challenges
/// is not reported as a failed one.
fn is_challenge(file: &Path) -> bool {
    std::fs::read_to_string(file).map_or(true, |t| {
        t.contains("# --hints--")
            || t.contains("# --description--")
            || super::fcc_english::is_old_format(&t)
    })
}

fn md_section(dir: &Path, files: &[PathBuf]) -> Section {
    let files: Vec<&PathBuf> = files.iter().filter(|f| is_challenge(f)).collect();
    let name = dir
        .file_name()
        .map_or("challenges".into(), |n| n.to_string_lossy().into_owned());
    let id = super::to_id(&name);
    let id = if id.is_empty() {
        "challenges".to_string()
    } else {
        id
    };
    Section {
        title: title_of(&id),
        id,
        challenges: files
            .iter()
            .map(|f| {
                let stem = f.file_stem().unwrap_or_default().to_string_lossy();
                let stem = stem.strip_suffix(".english").unwrap_or(&stem).to_string();
                std::fs::read_to_string(f)
                    .map_err(|e| (stem.clone(), format!("cannot read {}: {e}", f.display())))
                    .and_then(|text| from_markdown(&stem, &text).map_err(|why| (stem, why)))
            })
            .collect(),
        from_json: false,
    }
}

/// A challenge from either Markdown format: today's, or the older `*.english.md` one.
fn from_markdown(stem: &str, text: &str) -> Result<Challenge, String> {
    let (front, body) = match text.strip_prefix("---\n") {
        Some(rest) => rest.split_once("\n---\n").unwrap_or(("", rest)),
        None => ("", text),
    };
    let field = |key: &str| {
        front.lines().find_map(|l| {
            l.strip_prefix(key)
                .and_then(|r| r.strip_prefix(':'))
                .map(|v| v.trim().trim_matches(['\'', '"']).to_string())
        })
    };
    if let Some(kind) = field("challengeType") {
        if !["1", "5"].contains(&kind.as_str()) {
            return Err(format!(
                "challengeType {kind} is not a JavaScript challenge"
            ));
        }
    }
    let parsed = if super::fcc_english::is_old_format(body) {
        super::fcc_english::parse(body)?
    } else {
        let today = crate::fcc::parse(body);
        super::fcc_english::Parsed {
            description: today.description,
            checks: today.hints.into_iter().map(|h| (h.text, h.code)).collect(),
            seed: today.seed,
            before_code: today.before_code,
            after_code: today.after_code,
            solution: today.solution,
        }
    };
    let title = field("title").unwrap_or_else(|| title_of(stem));
    let id = field("dashedName")
        .map(|d| super::to_id(&d))
        .unwrap_or_else(|| super::to_id(stem));
    Ok(Challenge {
        id,
        title,
        description: parsed.description,
        checks: parsed.checks,
        seed: parsed.seed,
        solution: parsed.solution,
        before_code: parsed.before_code,
        after_code: parsed.after_code,
    })
}

/// A challenge from an old JSON bundle.
fn from_json(c: &Value) -> Result<Challenge, (String, String)> {
    let title = c["title"].as_str().unwrap_or("").to_string();
    let id = super::to_id(c["dashedName"].as_str().unwrap_or(&title));
    let fail = |why: String| (id.clone(), why);
    if id.is_empty() {
        return Err(fail("it has no title".into()));
    }
    if let Some(kind) = c["challengeType"].as_u64() {
        if ![1, 5].contains(&kind) {
            return Err(fail(format!(
                "challengeType {kind} is not a JavaScript challenge"
            )));
        }
    }
    let files: Vec<&Value> = c["files"]
        .as_object()
        .into_iter()
        .flat_map(|o| o.values())
        .collect();
    let [file] = files[..] else {
        return Err(fail(format!(
            "it has {} seed files; only challenges with one JavaScript file convert",
            files.len()
        )));
    };
    let lines = |v: &Value| -> String {
        match v {
            Value::Array(a) => a
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("\n"),
            Value::String(s) => s.clone(),
            _ => String::new(),
        }
    };
    let description = lines(&c["description"])
        .split('\n')
        .map(html_to_markdown)
        .collect::<Vec<_>>()
        .join("\n\n");
    let checks = c["tests"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| {
            (
                html_to_markdown(t["text"].as_str().unwrap_or("")),
                t["testString"].as_str().unwrap_or("").to_string(),
            )
        })
        .filter(|(_, code)| !code.trim().is_empty())
        .collect();
    Ok(Challenge {
        id: id.clone(),
        title,
        description,
        checks,
        seed: lines(&file["contents"]),
        solution: c["solutions"]
            .as_array()
            .and_then(|s| s.first())
            .and_then(Value::as_str)
            .map(str::to_string),
        before_code: lines(&file["head"]),
        after_code: lines(&file["tail"]),
    })
}

/// The HTML of old challenge descriptions as Markdown, since lessons show raw HTML as text.
pub fn html_to_markdown(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    let mut links: Vec<String> = Vec::new();
    while let Some(open) = rest.find('<') {
        out += &rest[..open];
        let Some(close) = rest[open..].find('>') else {
            out += &rest[open..];
            rest = "";
            break;
        };
        let tag = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_lowercase();
        let closing = tag.starts_with('/');
        match (name.as_str(), closing) {
            ("code", _) => out.push('`'),
            ("strong" | "b", _) => out += "**",
            ("em" | "i" | "dfn", _) => out.push('*'),
            ("br" | "hr", _) => out += "\n\n",
            ("li", false) => out += "\n- ",
            ("blockquote", false) => out += "\n\n> ",
            ("blockquote" | "ul" | "ol" | "p" | "section", true) => out += "\n\n",
            ("a", false) => {
                let href = tag
                    .split("href=")
                    .nth(1)
                    .and_then(|h| {
                        let q = h.chars().next()?;
                        h[1..].split(q).next()
                    })
                    .unwrap_or("")
                    .to_string();
                links.push(href);
                out.push('[');
            }
            ("a", true) => match links.pop() {
                Some(href) if !href.is_empty() => out += &format!("]({href})"),
                _ => out.push(']'),
            },
            _ => {}
        }
    }
    out += rest;
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::html_to_markdown;

    #[test]
    fn old_descriptions_become_markdown() {
        assert_eq!(
            html_to_markdown("Use <code>a &lt; b</code>, see <a href=\"https://x.org/\" target=\"_blank\">this</a>."),
            "Use `a < b`, see [this](https://x.org/)."
        );
        assert_eq!(html_to_markdown("<strong>Note</strong><br>"), "**Note**");
    }
}

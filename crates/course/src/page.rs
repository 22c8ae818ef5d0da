//! A page exercise's page, from its folder: `index.html`, an optional `style.css`, and the
//! `[page]` table of `exercise.toml` (the page's address and what `fetch` answers).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::{ExercisePage, PageEdit, PageRoute};

/// The `[page]` table of `exercise.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PageToml {
    /// Which file the learner writes: "script" (the default), "html" or "css".
    #[serde(default)]
    edit: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    routes: Vec<RouteToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RouteToml {
    #[serde(default)]
    method: Option<String>,
    url: String,
    #[serde(default)]
    status: Option<u16>,
    /// The body as a TOML value (a table or an array), sent as JSON.
    #[serde(default)]
    json: Option<toml::Value>,
    /// A JSON file in the exercise folder, for bodies TOML cannot say (like `null`).
    #[serde(default)]
    json_file: Option<String>,
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    delay_ms: u32,
    #[serde(default)]
    network_error: bool,
    #[serde(default)]
    once: bool,
}

impl PageToml {
    /// The file the learner writes, or what is wrong with `edit`.
    pub(crate) fn edit(&self) -> Result<PageEdit, String> {
        match self.edit.as_deref() {
            None | Some("script") => Ok(PageEdit::Script),
            Some("html") => Ok(PageEdit::Html),
            Some("css") => Ok(PageEdit::Css),
            Some(other) => Err(format!(
                "edit = {other:?} is not a file a learner can write; use \"script\" (starter.js), \"html\" (starter.html) or \"css\" (starter.css)"
            )),
        }
    }
}

/// Where a page problem is and what to do about it.
pub(crate) struct PageProblem {
    pub file: PathBuf,
    pub route: Option<usize>,
    pub message: String,
}

const DEFAULT_URL: &str = "https://example.com/";
const METHODS: [&str; 5] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/// Builds the page from the folder's `html` and `css` texts and the `[page]` table; `read`
/// reads another file of the folder (a route's `json_file`).
pub(crate) fn build(
    dir: &Path,
    html: String,
    css: Option<String>,
    table: Option<PageToml>,
    read: &mut dyn FnMut(&Path) -> Option<String>,
) -> (ExercisePage, Vec<PageProblem>) {
    let table = table.unwrap_or_default();
    let toml_file = dir.join("exercise.toml");
    let mut problems = Vec::new();
    let edit = table.edit().unwrap_or_else(|message| {
        problems.push(PageProblem {
            file: toml_file.clone(),
            route: None,
            message,
        });
        PageEdit::Script
    });
    let url = table.url.unwrap_or_else(|| DEFAULT_URL.to_string());
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        problems.push(PageProblem {
            file: toml_file.clone(),
            route: None,
            message: format!("the page's url {url:?} must be an address starting with https:// (like \"https://tienda.example/\")"),
        });
    }
    let mut routes = Vec::new();
    for (n, r) in table.routes.into_iter().enumerate() {
        let mut problem = |message: String| {
            problems.push(PageProblem {
                file: toml_file.clone(),
                route: Some(n),
                message: format!("route {}: {message}", n + 1),
            })
        };
        let method = r.method.unwrap_or_else(|| "GET".into()).to_uppercase();
        if !METHODS.contains(&method.as_str()) {
            problem(format!(
                "method {method:?} is not one of {}",
                METHODS.join(", ")
            ));
        }
        if r.url.trim().is_empty() {
            problem("needs a `url`, like \"/api/items\"".into());
        }
        let status = r.status.unwrap_or(200);
        if !(100..=599).contains(&status) {
            problem(format!(
                "status {status} is not an HTTP status (100 to 599)"
            ));
        }
        let bodies = [r.json.is_some(), r.json_file.is_some(), r.body.is_some()];
        if bodies.iter().filter(|&&b| b).count() > 1 {
            problem("give one body: `json`, `json_file` or `body`".into());
        }
        let json = match (r.json, r.json_file) {
            (Some(value), _) => serde_json::to_string(&value).ok(),
            (None, Some(name)) => {
                if !crate::files::is_inside(&name) {
                    problem(format!(
                        "json_file {name:?} must be a file inside the exercise folder"
                    ));
                    None
                } else {
                    let path = dir.join(&name);
                    read(&path).and_then(|text| {
                        match serde_json::from_str::<serde_json::Value>(&text) {
                            Ok(_) => Some(text),
                            Err(e) => {
                                problems.push(PageProblem {
                                    file: path,
                                    route: None,
                                    message: format!("line {}: this is not JSON: {e}", e.line()),
                                });
                                None
                            }
                        }
                    })
                }
            }
            (None, None) => None,
        };
        routes.push(PageRoute {
            method,
            url: r.url,
            status,
            json,
            body: r.body.unwrap_or_default(),
            delay_ms: r.delay_ms,
            network_error: r.network_error,
            once: r.once,
        });
    }
    let page = ExercisePage {
        html,
        css: css.unwrap_or_default(),
        url,
        routes,
        edit,
    };
    (page, problems)
}

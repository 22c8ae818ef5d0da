//! The class report as one HTML file with its styles and script inside, so it opens offline from
//! a USB stick or an email. Every piece of text from the progress files (names, test names) is
//! escaped: those files come from learners.

use std::fmt::Write as _;

use crate::report::{Cell, Kind, Report};

const STYLE: &str = include_str!("../assets/report.css");
const SCRIPT: &str = include_str!("../assets/report.js");

fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// "2026-12-03" for milliseconds since 1970 (UTC); empty for 0.
pub fn date(millis: u64) -> String {
    if millis == 0 {
        return String::new();
    }
    // Days to a civil date (Howard Hinnant's algorithm), to avoid a date crate for one column.
    let days = (millis / 86_400_000) as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn percent(done: usize, total: usize) -> String {
    format!("{}", (done * 100).checked_div(total).unwrap_or(0))
}

pub fn page(report: &Report) -> String {
    let mut h = String::new();
    let title = format!("Class report: {}", report.pack_title);
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n<p class=\"meta\">Version {} · {} learner{} · {} items</p>\n",
        esc(&title),
        esc(&title),
        esc(&report.pack_version),
        report.learners.len(),
        if report.learners.len() == 1 { "" } else { "s" },
        report.columns.len()
    );
    if !report.notices.is_empty() {
        h.push_str("<section class=\"notices\"><h2>About the files</h2><ul>\n");
        for n in &report.notices {
            let _ = writeln!(
                h,
                "<li><code>{}</code> {}</li>",
                esc(&n.file),
                esc(&n.message)
            );
        }
        h.push_str("</ul></section>\n");
    }
    h.push_str("<p class=\"filter no-print\"><label>Filter learners and items <input id=\"filter\" type=\"search\" placeholder=\"a name or an exercise\"></label></p>\n");

    // Per learner.
    h.push_str("<section><h2>Learners</h2>\n<table class=\"sortable\" id=\"learners\"><thead><tr><th data-type=\"text\">Learner</th><th data-type=\"text\">Last activity</th><th data-type=\"number\">Done</th>");
    for module in &report.modules {
        let _ = write!(h, "<th data-type=\"number\">{}</th>", esc(module));
    }
    h.push_str("</tr></thead><tbody>\n");
    for learner in &report.learners {
        let completion = report.completion(learner);
        let (done, total) = completion
            .iter()
            .fold((0, 0), |(d, t), (a, b)| (d + a, t + b));
        let last = Report::last_activity(learner);
        let _ = write!(
            h,
            "<tr data-filter=\"{}\"><td>{}</td><td data-sort=\"{last}\">{}</td><td data-sort=\"{}\">{}%</td>",
            esc(&learner.name.to_lowercase()),
            esc(&learner.name),
            date(last),
            percent(done, total),
            percent(done, total)
        );
        for (d, t) in completion {
            let _ = write!(h, "<td data-sort=\"{}\">{d} / {t}</td>", percent(d, t));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table></section>\n");

    // Per exercise.
    h.push_str("<section><h2>Exercises</h2>\n<table class=\"sortable\" id=\"exercises\"><thead><tr><th data-type=\"text\">Exercise</th><th data-type=\"number\">Passed</th><th data-type=\"number\">Median attempts</th><th data-type=\"text\">Most common failing test</th><th data-type=\"text\">Most common error</th></tr></thead><tbody>\n");
    for column in report.columns.iter().filter(|c| c.kind == Kind::Exercise) {
        let stats = report.exercise_stats(column);
        let rate = stats.pass_rate.map(|r| (r * 100.0).round() as i64);
        let _ = writeln!(
            h,
            "<tr data-filter=\"{}\"><td title=\"{}\">{}</td><td data-sort=\"{}\">{}</td><td data-sort=\"{}\">{}</td><td>{}</td><td>{}</td></tr>",
            esc(&format!("{} {}", column.id, column.title).to_lowercase()),
            esc(&column.title),
            esc(&column.id),
            rate.unwrap_or(-1),
            rate.map(|r| format!("{r}%")).unwrap_or_default(),
            stats.median_attempts.unwrap_or(-1.0),
            stats.median_attempts.map(|m| format!("{m}")).unwrap_or_default(),
            stats
                .common_failure
                .map(|(t, n)| format!("{} ({n})", esc(&t)))
                .unwrap_or_default(),
            stats
                .common_error
                .map(|(t, n)| format!("{} ({n})", esc(&t)))
                .unwrap_or_default(),
        );
    }
    h.push_str("</tbody></table></section>\n");

    // Learners × exercises and quizzes.
    h.push_str("<section><h2>Who is where</h2>\n<p class=\"legend\"><span class=\"cell done\">✓</span> passed <span class=\"cell started\">…</span> attempted <span class=\"cell not-started\">·</span> not started; hover a cell for hints used and solutions viewed.</p>\n<div class=\"grid-wrap\"><table class=\"grid\" id=\"grid\"><thead><tr><th>Learner</th>");
    let grid_columns: Vec<_> = report
        .columns
        .iter()
        .filter(|c| c.kind != Kind::Lesson)
        .collect();
    for column in &grid_columns {
        let _ = write!(
            h,
            "<th class=\"item\" title=\"{}\" data-filter=\"{}\"><span>{}</span></th>",
            esc(&column.title),
            esc(&column.id.to_lowercase()),
            esc(&column.id)
        );
    }
    h.push_str("</tr></thead><tbody>\n");
    for learner in &report.learners {
        let _ = write!(
            h,
            "<tr data-filter=\"{}\"><th>{}</th>",
            esc(&learner.name.to_lowercase()),
            esc(&learner.name)
        );
        for column in &grid_columns {
            let e = learner.progress.exercise(&column.id);
            let (class, mark, label) = match report.cell(learner, column) {
                Cell::Done => ("done", "✓", "passed"),
                Cell::Started => ("started", "…", "attempted"),
                Cell::NotStarted => ("not-started", "·", "not started"),
            };
            let mut detail = format!("{}: {label}", column.id);
            if column.kind == Kind::Exercise {
                let _ = write!(
                    detail,
                    "; {} attempt(s); {} hint(s)",
                    e.attempts, e.hints_shown
                );
                if e.solution_shown {
                    detail.push_str("; solution viewed");
                }
            }
            let _ = write!(
                h,
                "<td class=\"cell {class}{}\" title=\"{}\">{mark}</td>",
                if e.solution_shown { " solution" } else { "" },
                esc(&detail)
            );
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table></div></section>\n");
    let _ = write!(h, "<script>\n{SCRIPT}</script>\n</body>\n</html>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_civil_dates_in_utc() {
        assert_eq!(date(0), "");
        assert_eq!(date(1_764_770_400_000), "2025-12-03");
        assert_eq!(date(951_782_400_000), "2000-02-29");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            esc("<img src=x onerror=\"a\">&'"),
            "&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;"
        );
    }
}

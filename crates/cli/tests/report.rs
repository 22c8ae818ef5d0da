//! `puente report` on progress files as instructors receive them: good ones, and each kind of bad
//! one, which is named in the report instead of stopping it.

use std::path::Path;
use std::process::Command;

fn puente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_puente"))
}

fn pack() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../packs/fundamentals")
}

fn progress(name: &str, pack: &str, exported_at: u64, passed: bool) -> String {
    serde_json::json!({
        "format": "puente-progress", "schema": 2,
        "pack": {"id": pack, "version": "0.2.0"},
        "exported_at": exported_at,
        "display_name": name,
        "exercises": {
            "welcome/say-hello": {
                "code": "x", "passed": passed, "attempts": 3, "hints_shown": 1,
                "last_run": {"verdict": if passed { "passed" } else { "failed" },
                             "failing_tests": if passed { vec![] } else { vec!["greets Ana by name"] },
                             "error_kind": if passed { None } else { Some("TypeError") }, "at": exported_at},
                "updated_at": exported_at
            },
            "gone/old-exercise": {"code": "y", "updated_at": 1}
        }
    })
    .to_string()
}

#[test]
fn a_report_names_every_file_it_could_not_use_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let files = [
        write(
            "ana.json",
            &progress("Ana <b>López</b>", "fundamentals", 2_000, true),
        ),
        write(
            "ana-old.json",
            &progress("ana <b>lópez</b>", "fundamentals", 1_000, false),
        ),
        write(
            "beto.json",
            &progress("=Beto", "fundamentals", 3_000, false),
        ),
        write("other.json", &progress("Carla", "web-basics", 3_000, true)),
        write(
            "broken.json",
            "{\"format\": \"puente-progress\", \"exercises\": ",
        ),
        write("notes.txt", "my notes"),
        dir.path().join("missing.json"),
    ];
    let out = dir.path().join("report.html");
    let csv = dir.path().join("report.csv");
    let result = puente()
        .arg("report")
        .args(&files)
        .arg("--pack")
        .arg(pack())
        .arg("--out")
        .arg(&out)
        .arg("--csv")
        .arg(&csv)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(result.status.success(), "{stderr}");
    let html = std::fs::read_to_string(&out).unwrap();
    // Newest of the same learner wins; the older file is named.
    assert!(
        stderr.contains("ana-old.json: is ana <b>lópez</b> again, older than"),
        "{stderr}"
    );
    assert!(stderr.contains("other.json: is progress for the course \"web-basics\""));
    assert!(stderr.contains("broken.json: is not a Puente progress file"));
    assert!(stderr.contains("notes.txt: is not a Puente progress file"));
    assert!(stderr.contains("missing.json: cannot be read"));
    assert!(stderr.contains("1 item(s) this version of the course does not have"));
    // Learners' text is escaped, never markup; the report has no outside assets.
    assert!(html.contains("Ana &lt;b&gt;López&lt;/b&gt;"));
    assert!(!html.contains("<b>López"));
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"));
    assert!(html.contains("greets Ana by name (1)"));
    assert!(html.contains("TypeError (1)"));
    // Three learners: Ana (the newest file), Beto, and Carla (another course, matched by item id).
    let learners = &html[html.find("id=\"learners\"").unwrap()..];
    let learners = &learners[..learners.find("</table>").unwrap()];
    assert_eq!(learners.matches("<tr data-filter=").count(), 3);
    let csv = std::fs::read_to_string(&csv).unwrap();
    assert!(csv.contains("'=Beto,welcome/say-hello,exercise,started,3,1,false,failed,TypeError"));
}

#[test]
fn a_pack_that_cannot_be_loaded_stops_the_report_with_its_problems() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ana.json");
    std::fs::write(&file, progress("Ana", "fundamentals", 1, true)).unwrap();
    let result = puente()
        .arg("report")
        .arg(&file)
        .args(["--pack", "/nonexistent/pack", "--out"])
        .arg(dir.path().join("r.html"))
        .output()
        .unwrap();
    assert!(!result.status.success());
    assert!(String::from_utf8_lossy(&result.stderr).contains("/nonexistent/pack"));
}

//! `puente`: write, check, grade and publish course packs natively, with the same loader and
//! grader the browser runs.

mod app;
mod check;
mod exercism;
mod fcc;
mod grade;
mod grade_many;
mod http;
mod import;
mod isolate;
mod new;
mod output;
mod preview;
mod report;
mod report_html;
mod site;

use crate::output::outln;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

// The grading children cap their heap with it (see isolate.rs); the parent runs uncapped.
#[global_allocator]
static ALLOCATOR: grader::memory::CappedAllocator = grader::memory::CappedAllocator::new();

#[derive(Parser)]
#[command(
    name = "puente",
    version,
    about = "Write, check, grade and publish Puente course packs"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Load a pack, then grade every exercise's solution (must pass) and starter (must fail).
    Check {
        /// The pack folder (the one holding pack.toml).
        pack: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Grade one exercise folder (Puente's layout or Exercism's): its starter, or another
    /// file with --solution. With --json, prints Exercism's results.json (version 3).
    Grade {
        /// The exercises: Puente folders (exercise.toml, starter.js, tests.js), Exercism folders
        /// (.meta/config.json) or freeCodeCamp challenge files (.md). Give many (a whole track,
        /// `track/exercises/*/*`) to grade them in parallel.
        #[arg(required = true)]
        exercises: Vec<PathBuf>,
        /// Grade this file instead of the exercise's starter (one exercise).
        #[arg(long)]
        solution: Option<PathBuf>,
        /// Grade each exercise's own reference solution instead of its starter.
        #[arg(long, conflicts_with = "solution")]
        reference: bool,
        /// Print the report as JSON (Exercism's results.json for one exercise; JSON lines for
        /// many).
        #[arg(long)]
        json: bool,
        /// Print one JSON line per exercise, even for one.
        #[arg(long)]
        jsonl: bool,
        /// Time limit per exercise in milliseconds, instead of each exercise's own.
        #[arg(long, value_name = "MS", value_parser = clap::value_parser!(u32).range(100..=600_000))]
        timeout: Option<u32>,
        /// Exercises graded at once (default: one per core).
        #[arg(long, value_name = "N")]
        jobs: Option<usize>,
    },
    /// Grade a request read from stdin and print the report to stdout (used for isolation).
    #[command(hide = true)]
    GradeStdin,
    /// Internal: grade requests read one per line from stdin (the isolation pool's children).
    #[command(hide = true)]
    ServePool,
    /// Internal: run one lesson example read from stdin (used by `check` for isolation).
    #[command(hide = true)]
    RunStdin,
    /// Internal: grade an assert-style request read from stdin.
    #[command(hide = true)]
    HintsStdin,
    /// Internal: grade a learner's test file (a `tests` exercise) read from stdin.
    #[command(hide = true)]
    SuiteStdin,
    /// Create a pack, or add a module, lesson, exercise or quiz to one, from a template that
    /// passes `puente check`.
    New {
        #[arg(value_enum)]
        kind: new::Kind,
        /// The id of the new part: lowercase letters, digits and dashes, like "say-hello".
        name: String,
        /// Where to add it: the folder that holds the new pack, the pack folder for a module, or
        /// the module folder for a lesson, exercise or quiz.
        #[arg(long = "in", default_value = ".")]
        dir: PathBuf,
    },
    /// Convert another course's exercises (an Exercism track, freeCodeCamp challenges) into a
    /// pack, reporting what could not be converted and why.
    Import {
        #[arg(value_enum)]
        from: import::From,
        /// The exercises: an Exercism track's exercises folder, or a folder of freeCodeCamp
        /// challenges.
        dir: PathBuf,
        /// The pack folder to write (new, or empty).
        #[arg(long)]
        out: PathBuf,
        /// Give every exercise at least this wall-clock limit per grading, in milliseconds
        /// (default: 2000, or 10000 where the source says its tests may run long). Suites written
        /// for Node can take seconds in the browser's engine.
        #[arg(long, value_name = "MS")]
        time_limit: Option<u32>,
    },
    /// Write a pack as one file (a "one-file pack") that the app opens and learners can be sent.
    Build {
        /// The pack folder.
        pack: PathBuf,
        /// The file to write, for example my-pack.puente.json.
        #[arg(long)]
        out: PathBuf,
    },
    /// Print the pack compiled to the JSON the app embeds (for the browser tests and benchmarks).
    #[command(hide = true)]
    Compile {
        /// The pack folder.
        pack: PathBuf,
        /// Where to write the JSON (stdout when absent).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Write a complete static site: the app, and each pack under packs/ with an index.
    Site {
        /// The pack folders to publish.
        #[arg(required = true)]
        packs: Vec<PathBuf>,
        /// The folder to write the site to (created if missing; must be empty if it exists).
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        app: app::AppArg,
    },
    /// Serve the site of these packs on the network, for a classroom: static files only, nothing
    /// collected.
    Serve {
        /// The pack folders to publish.
        #[arg(required = true)]
        packs: Vec<PathBuf>,
        /// The port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// The address to listen on: 127.0.0.1 is this computer only; 0.0.0.0 lets students'
        /// computers on the same network connect.
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
        #[command(flatten)]
        app: app::AppArg,
    },
    /// Write a class report from learners' exported progress files: one HTML page that opens
    /// offline (and, with --csv, the same grid as CSV).
    Report {
        /// The progress files learners downloaded from the app's "Your progress" page.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The course: its pack folder, or its one-file pack.
        #[arg(long)]
        pack: PathBuf,
        /// The HTML file to write.
        #[arg(long)]
        out: PathBuf,
        /// Also write the learners × items grid as CSV.
        #[arg(long)]
        csv: Option<PathBuf>,
    },
    /// Show a pack in the app while you write it: the page reloads when a file changes and
    /// shows the pack's problems.
    Preview {
        /// The pack folder.
        pack: PathBuf,
        /// The port to listen on, on this computer only (0 picks a free one).
        #[arg(long, default_value_t = 8081)]
        port: u16,
        #[command(flatten)]
        app: app::AppArg,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check { pack, json } => check::run(&pack, json),
        Command::Grade {
            exercises,
            solution,
            reference,
            json,
            jsonl,
            timeout,
            jobs,
        } => grade::run(
            &exercises,
            &grade::Options {
                solution,
                reference,
                json,
                jsonl: jsonl || (json && exercises.len() > 1),
                timeout_ms: timeout,
                jobs: jobs.unwrap_or_else(|| {
                    std::thread::available_parallelism().map_or(2, std::num::NonZero::get)
                }),
            },
        ),
        Command::GradeStdin => isolate::serve_grade(),
        Command::ServePool => isolate::serve_pool(),
        Command::RunStdin => isolate::serve_run(),
        Command::HintsStdin => isolate::serve_hints(),
        Command::SuiteStdin => isolate::serve_suite(),
        Command::New { kind, name, dir } => new::run(kind, &name, &dir),
        Command::Import {
            from,
            dir,
            out,
            time_limit,
        } => import::run(from, &dir, &out, time_limit),
        Command::Build { pack, out } => build(&pack, &out),
        Command::Compile { pack, out } => compile(&pack, out.as_deref()),
        Command::Site { packs, out, app } => site::run(&packs, &out, &app),
        Command::Serve {
            packs,
            port,
            host,
            app,
        } => site::serve(&packs, &host, port, &app),
        Command::Preview { pack, port, app } => preview::run(&pack, port, &app),
        Command::Report {
            files,
            pack,
            out,
            csv,
        } => report::run(&files, &pack, &out, csv.as_deref()),
    };
    match result {
        Ok(code) => code,
        Err(e) => match e.downcast_ref::<site::PackProblems>() {
            // A pack's own problems are a report, like `check`'s, not a failure of the command.
            Some(problems) => {
                eprint!("{problems}");
                ExitCode::from(1)
            }
            None => {
                eprintln!("puente: {e:#}");
                ExitCode::from(2)
            }
        },
    }
}

/// `puente build`: the one-file pack.
fn build(pack: &Path, out: &Path) -> anyhow::Result<ExitCode> {
    let compiled = site::one_file(pack)?;
    std::fs::write(out, &compiled.json)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", out.display()))?;
    outln!(
        "Wrote {} ({}, {} KB): pack {} \"{}\" {}",
        out.display(),
        course::pack_file::FORMAT,
        compiled.json.len().div_ceil(1024),
        compiled.entry.id,
        compiled.entry.title,
        compiled.entry.version
    );
    Ok(ExitCode::SUCCESS)
}

fn compile(pack: &Path, out: Option<&Path>) -> anyhow::Result<ExitCode> {
    let pack = match course::load_pack(pack) {
        Ok(p) => p,
        Err(e) => {
            eprint!("{e}");
            return Ok(ExitCode::from(1));
        }
    };
    let json = serde_json::to_string(&pack)?;
    match out {
        Some(path) => std::fs::write(path, json)?,
        None => outln!("{json}"),
    }
    Ok(ExitCode::SUCCESS)
}

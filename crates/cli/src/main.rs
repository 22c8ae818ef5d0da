//! `puente`: check and grade course packs natively, with the same grader the browser runs.

mod check;
mod exercism;
mod fcc;
mod grade;
mod isolate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

// The grading children cap their heap with it (see isolate.rs); the parent runs uncapped.
#[global_allocator]
static ALLOCATOR: grader::memory::CappedAllocator = grader::memory::CappedAllocator::new();

#[derive(Parser)]
#[command(
    name = "puente",
    version,
    about = "Check and grade Puente course packs"
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
        /// The exercise: a Puente folder (exercise.toml, starter.js, tests.js), an Exercism folder
        /// (.meta/config.json) or a freeCodeCamp challenge file (.md).
        exercise: PathBuf,
        /// Grade this file instead of the exercise's starter.
        #[arg(long)]
        solution: Option<PathBuf>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Grade a request read from stdin and print the report to stdout (used for isolation).
    #[command(hide = true)]
    GradeStdin,
    /// Internal: run one lesson example read from stdin (used by `check` for isolation).
    #[command(hide = true)]
    RunStdin,
    /// Internal: grade an assert-style request read from stdin.
    #[command(hide = true)]
    HintsStdin,
    /// Print the pack compiled to JSON, as the app embeds it.
    Build {
        /// The pack folder.
        pack: PathBuf,
        /// Where to write the JSON (stdout when absent).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check { pack, json } => check::run(&pack, json),
        Command::Grade {
            exercise,
            solution,
            json,
        } => grade::run(&exercise, solution.as_deref(), json),
        Command::GradeStdin => isolate::serve_grade(),
        Command::RunStdin => isolate::serve_run(),
        Command::HintsStdin => isolate::serve_hints(),
        Command::Build { pack, out } => build(&pack, out.as_deref()),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("puente: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn build(pack: &std::path::Path, out: Option<&std::path::Path>) -> anyhow::Result<ExitCode> {
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
        None => println!("{json}"),
    }
    Ok(ExitCode::SUCCESS)
}

//! `comeback check`: the drill linter. Exit 0 when no file has errors (warnings allowed unless
//! `--deny-warnings`), 1 otherwise.

use crate::domain::diagnostic::Diagnostic;
use crate::domain::{library, plan};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Drill files or folders (default: scenarios/).
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Treat warnings as errors (for a trainer's own CI).
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Serialize)]
struct FileReport<'a> {
    file: &'a str,
    id: Option<&'a str>,
    ok: bool,
    diagnostics: &'a [Diagnostic],
}

pub fn run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("scenarios")]
    } else {
        args.paths
    };
    // Practice plans (a `plans/` folder, or files starting `Plan(`) are checked as plans.
    let (paths, plan_files) = plan::split_paths(&paths);
    let plans = plan::check_files(&plan_files, &paths);
    let lib = match library::load(&paths) {
        Ok(lib) if !paths.is_empty() || plans.is_empty() => lib,
        Ok(_) => library::Library::default(),
        Err(d) => {
            eprintln!("{d}");
            return Ok(ExitCode::from(1));
        }
    };
    let errors: usize = lib.entries.iter().map(|e| e.errors()).sum::<usize>()
        + plans.iter().map(|p| p.errors()).sum::<usize>();
    let warnings: usize = lib.entries.iter().map(|e| e.warnings()).sum::<usize>()
        + plans.iter().map(|p| p.warnings()).sum::<usize>();
    match args.format {
        Format::Json => {
            let reports: Vec<FileReport> = lib
                .entries
                .iter()
                .map(|e| FileReport {
                    file: &e.file,
                    id: e.scenario.as_ref().map(|s| s.id.as_str()),
                    ok: e.errors() == 0,
                    diagnostics: &e.diagnostics,
                })
                .chain(plans.iter().map(|p| FileReport {
                    file: &p.file,
                    id: p.plan.as_ref().map(|p| p.name.as_str()),
                    ok: p.errors() == 0,
                    diagnostics: &p.diagnostics,
                }))
                .collect();
            println!("{}", serde_json::to_string_pretty(&reports)?);
        }
        Format::Text => {
            for d in lib
                .diagnostics()
                .chain(plans.iter().flat_map(|p| &p.diagnostics))
            {
                println!("{d}");
            }
            let files = lib.entries.len();
            if files == 0 && plans.is_empty() {
                println!("no drill files (*.ron) found in {}", list(&paths));
            } else {
                let what = match (files, plans.len()) {
                    (f, 0) => format!("{f} drill file{}", plural(f)),
                    (0, p) => format!("{p} plan file{}", plural(p)),
                    (f, p) => format!("{f} drill file{} and {p} plan file{}", plural(f), plural(p)),
                };
                println!(
                    "checked {what}: {errors} error{}, {warnings} warning{}",
                    plural(errors),
                    plural(warnings)
                );
            }
        }
    }
    let failed = errors > 0 || (args.deny_warnings && warnings > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn list(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

//! `comeback check`: the drill linter. Exit 0 when no file has errors (warnings allowed unless
//! `--deny-warnings`), 1 otherwise. Translations (`ID.LANG.ron`) found among the paths are
//! checked against the drill beside them; practice plans against the drills.

use crate::domain::diagnostic::Diagnostic;
use crate::domain::{library, plan, translation};
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
    /// "drill", "translation" or "plan".
    kind: &'static str,
    /// The drill's id (for a translation: the drill it translates).
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
    let translations: Vec<translation::Checked> = library::collect_translations(&paths)
        .iter()
        .map(|p| translation::check_file(p, &lib))
        .collect();
    let errors: usize = lib.entries.iter().map(|e| e.errors()).sum::<usize>()
        + translations.iter().map(|t| t.errors()).sum::<usize>()
        + plans.iter().map(|p| p.errors()).sum::<usize>();
    let warnings: usize = lib.entries.iter().map(|e| e.warnings()).sum::<usize>()
        + translations.iter().map(|t| t.warnings()).sum::<usize>()
        + plans.iter().map(|p| p.warnings()).sum::<usize>();
    match args.format {
        Format::Json => {
            let reports: Vec<FileReport> = lib
                .entries
                .iter()
                .map(|e| FileReport {
                    file: &e.file,
                    kind: "drill",
                    id: e.scenario.as_ref().map(|s| s.id.as_str()),
                    ok: e.errors() == 0,
                    diagnostics: &e.diagnostics,
                })
                .chain(translations.iter().map(|t| FileReport {
                    file: &t.file,
                    kind: "translation",
                    id: t.drill_id.as_deref(),
                    ok: t.errors() == 0,
                    diagnostics: &t.diagnostics,
                }))
                .chain(plans.iter().map(|p| FileReport {
                    file: &p.file,
                    kind: "plan",
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
                .chain(translations.iter().flat_map(|t| t.diagnostics.iter()))
                .chain(plans.iter().flat_map(|p| p.diagnostics.iter()))
            {
                println!("{d}");
            }
            let files = lib.entries.len();
            let mut what = Vec::new();
            if files > 0 {
                what.push(format!("{files} drill file{}", plural(files)));
            }
            if !translations.is_empty() {
                let n = translations.len();
                what.push(format!("{n} translation{}", plural(n)));
            }
            if !plans.is_empty() {
                let n = plans.len();
                what.push(format!("{n} plan file{}", plural(n)));
            }
            if what.is_empty() {
                println!("no drill files (*.ron) found in {}", list(&paths));
            } else {
                let last = what.pop().unwrap_or_default();
                let what = if what.is_empty() {
                    last
                } else {
                    format!("{} and {last}", what.join(", "))
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

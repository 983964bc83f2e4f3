//! `comeback progress`: trends, mastery and what to practise next for one trainee.

use crate::cli::history::open_history;
use crate::domain::library;
use crate::domain::report;
use clap::{Args, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProgressFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct ProgressArgs {
    /// Whose progress to show.
    #[arg(long)]
    pub trainee: String,
    #[arg(long, value_enum, default_value_t = ProgressFormat::Text)]
    pub format: ProgressFormat,
    /// Drill files or folders to recommend from (default: ./scenarios when it exists).
    #[arg(long)]
    pub scenarios: Vec<PathBuf>,
}

pub fn run(args: ProgressArgs, data_dir: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let h = open_history(data_dir)?;
    let Some(who) = h.find_trainee(&args.trainee)? else {
        eprintln!(
            "no drills recorded for `{}` yet; play one with `comeback play FILE --trainee {}`",
            args.trainee, args.trainee
        );
        return Ok(ExitCode::from(1));
    };
    let mut paths = args.scenarios;
    if paths.is_empty() && std::path::Path::new("scenarios").is_dir() {
        paths.push(PathBuf::from("scenarios"));
    }
    let available: Vec<Arc<_>> = if paths.is_empty() {
        Vec::new()
    } else {
        match library::load(&paths) {
            Ok(lib) => lib.playable().cloned().collect(),
            Err(d) => {
                eprintln!("warning: no recommendations: {d}");
                Vec::new()
            }
        }
    };
    let p = h.progress(who, &available)?;
    match args.format {
        ProgressFormat::Json => println!("{}", serde_json::to_string_pretty(&p)?),
        ProgressFormat::Text => print!("{}", report::progress_text(&p)),
    }
    Ok(ExitCode::SUCCESS)
}

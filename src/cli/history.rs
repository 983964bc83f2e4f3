//! `comeback history`: the drills a trainee played (or, with no trainee, who has played).

use crate::domain::history::{DrillId, DrillStatus, History, default_data_dir};
use anyhow::Context;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Whose drills to list (leave out to list trainees).
    #[arg(long)]
    pub trainee: Option<String>,
    /// Delete an abandoned (unfinished) drill by its number; finished drills are never deleted.
    #[arg(long, value_name = "DRILL")]
    pub discard: Option<i64>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Open the history at `--data-dir` / `COMEBACK_DATA_DIR` / the platform directory, telling the
/// user if a bad file had to be moved aside.
pub fn open_history(data_dir: Option<PathBuf>) -> anyhow::Result<History> {
    let dir = default_data_dir(data_dir)?;
    let h =
        History::open(&dir).with_context(|| format!("opening the history in {}", dir.display()))?;
    if let Some(m) = h.moved_aside() {
        eprintln!("warning: {m}");
    }
    Ok(h)
}

pub fn run(args: HistoryArgs, data_dir: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let h = open_history(data_dir)?;
    if let Some(id) = args.discard {
        h.discard(DrillId(id))?;
        println!("discarded abandoned drill #{id}");
        return Ok(ExitCode::SUCCESS);
    }
    let Some(name) = args.trainee else {
        let trainees = h.trainees()?;
        if args.json {
            println!("{}", serde_json::to_string_pretty(&trainees)?);
        } else if trainees.is_empty() {
            println!("no drills recorded yet; play one with `comeback play FILE --trainee NAME`");
        } else {
            println!("{:<24} {:>6}  last played", "trainee", "drills");
            for t in trainees {
                println!(
                    "{:<24} {:>6}  {}",
                    t.name,
                    t.drills,
                    t.last_played.as_deref().unwrap_or("-")
                );
            }
        }
        return Ok(ExitCode::SUCCESS);
    };
    let Some(who) = h.find_trainee(&name)? else {
        eprintln!(
            "no drills recorded for `{name}` yet; play one with `comeback play FILE --trainee {name}`"
        );
        return Ok(ExitCode::from(1));
    };
    let drills = h.drills(who)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&drills)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("Drills played by {name}");
    println!(
        "{:>5}  {:<20}  {:<36} {:>3}  {:<24} {:>5}  {:>5}",
        "#", "started", "scenario", "v", "outcome", "score", "turns"
    );
    let mut abandoned = 0;
    for d in &drills {
        let outcome = match d.status {
            DrillStatus::Abandoned => {
                abandoned += 1;
                "abandoned".to_string()
            }
            DrillStatus::Finished => d.outcome.map_or("stopped", |o| o.label()).to_string(),
        };
        let score = match (d.total, &d.grade) {
            (Some(t), Some(g)) => format!("{t} {g}"),
            _ => "-".to_string(),
        };
        let title: String = d.scenario_title.chars().take(36).collect();
        println!(
            "{:>5}  {:<20}  {:<36} {:>3}  {:<24} {:>5}  {:>5}",
            d.id.0,
            d.started_at.get(..19).unwrap_or(&d.started_at),
            title,
            d.scenario_version,
            outcome,
            score,
            d.turns
        );
    }
    if abandoned > 0 {
        println!(
            "\n{abandoned} abandoned drill(s): resume one in the app, or remove it with `comeback history --discard N`"
        );
    }
    Ok(ExitCode::SUCCESS)
}

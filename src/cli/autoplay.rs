//! `comeback autoplay`: the bot plays a drill many times and reports the spread of scores and
//! endings, the best and worst paths, nodes never reached, dead ends and engine errors — what a
//! trainer needs to see whether a drill teaches what they meant.

use crate::domain::autoplay::{self, AutoplayReport, PathSummary, Strategy};
use crate::domain::library;
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StrategyArg {
    Random,
    Best,
    Worst,
    Exhaustive,
}

impl From<StrategyArg> for Strategy {
    fn from(s: StrategyArg) -> Strategy {
        match s {
            StrategyArg::Random => Strategy::Random,
            StrategyArg::Best => Strategy::Best,
            StrategyArg::Worst => Strategy::Worst,
            StrategyArg::Exhaustive => Strategy::Exhaustive,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct AutoplayArgs {
    /// The drill file.
    pub file: PathBuf,
    /// Random playthroughs to make (random strategy).
    #[arg(long, default_value_t = 1000)]
    pub runs: usize,
    /// random: seeded random replies; best: always the most calming reply; worst: always the most
    /// hurting; exhaustive: every path, up to --cap.
    #[arg(long, value_enum, default_value_t = StrategyArg::Random)]
    pub strategy: StrategyArg,
    /// Seed for random choices and line variants: the same seed gives the same report.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Most paths exhaustive play explores.
    #[arg(long, default_value_t = autoplay::DEFAULT_CAP)]
    pub cap: usize,
    /// Threads for random and exhaustive play (default: every core; the report is the same).
    #[arg(long)]
    pub threads: Option<usize>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Longest histogram bar, in characters.
const BAR: usize = 40;

pub fn run(args: AutoplayArgs) -> anyhow::Result<ExitCode> {
    let entry = library::load_file(&args.file);
    for d in &entry.diagnostics {
        eprintln!("{d}");
    }
    let Some(scenario) = entry.scenario.clone() else {
        eprintln!(
            "error: {} cannot be played; fix the errors above (see `comeback check`)",
            entry.file
        );
        return Ok(ExitCode::from(1));
    };
    let started = Instant::now();
    let report = match args.threads {
        Some(t) => autoplay::run_with_threads(
            &scenario,
            args.strategy.into(),
            args.runs,
            args.seed,
            args.cap,
            t.max(1),
        ),
        None => autoplay::run(
            &scenario,
            args.strategy.into(),
            args.runs,
            args.seed,
            args.cap,
        ),
    };
    let elapsed = started.elapsed();
    let secs = elapsed.as_secs_f64();
    let printed = match args.format {
        Format::Json => format!("{}\n", serde_json::to_string_pretty(&report)?),
        Format::Text => format!(
            "{}time: {:.1} ms ({:.0} playthroughs/s)\n",
            text(&report),
            secs * 1000.0,
            if secs > 0.0 {
                report.runs as f64 / secs
            } else {
                0.0
            }
        ),
    };
    match std::io::stdout().lock().write_all(printed.as_bytes()) {
        // `| head` closing the pipe early is not a failure of the drill
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    Ok(if report.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The report as the terminal shows it (without the timing line, so it is reproducible).
pub fn text(r: &AutoplayReport) -> String {
    let mut s = String::new();
    let mut line = |l: String| {
        s.push_str(&l);
        s.push('\n');
    };
    line(format!(
        "{}: {} play, {} playthrough{} (seed {})",
        r.scenario_id,
        r.strategy.id(),
        r.runs,
        if r.runs == 1 { "" } else { "s" },
        r.seed
    ));
    if let Some(m) = &r.message {
        line(format!("note: {m}"));
    }
    line(String::new());
    line(format!("scores (mean {:.1}):", r.mean));
    let most = r.histogram.iter().map(|b| b.count).max().unwrap_or(0);
    for b in &r.histogram {
        let width = if most == 0 {
            0
        } else {
            (b.count * BAR).div_ceil(most)
        };
        line(format!(
            "  {:>3}–{:<3} {:<BAR$} {}",
            b.lo,
            b.hi,
            "█".repeat(width),
            b.count
        ));
    }
    line(String::new());
    line("endings:".to_string());
    for o in r.outcomes.iter().filter(|o| o.count > 0) {
        let pct = 100.0 * o.count as f64 / r.runs.max(1) as f64;
        line(format!("  {:<32} {:>7}  {pct:5.1} %", o.label, o.count));
    }
    line(String::new());
    let path = |name: &str, p: &Option<PathSummary>| match p {
        Some(p) => format!(
            "{name}: {} — {}, choices {} (comeback play --choices {})\n        via {}",
            p.total,
            p.ending.label(),
            p.choices_arg(),
            p.choices_arg(),
            p.nodes.join(" → ")
        ),
        None => format!("{name}: none"),
    };
    line(path("best ", &r.best));
    line(path("worst", &r.worst));
    line(String::new());
    if r.never_reached.is_empty() {
        line("every node was reached".to_string());
    } else {
        line(format!("never reached: {}", r.never_reached.join(", ")));
    }
    for d in &r.dead_ends {
        let why = match d.kind {
            autoplay::DeadEndKind::TypedOnly => "takes typed answers only (the bot picks replies)",
            autoplay::DeadEndKind::TooLong => "reached after the longest path allowed (a loop?)",
        };
        line(format!(
            "dead end: `{}` {why} — {} time(s)",
            d.node, d.count
        ));
    }
    if r.errors > 0 {
        line(format!("engine errors: {}", r.errors));
        for e in &r.error_examples {
            let choices: Vec<String> = e.choices.iter().map(usize::to_string).collect();
            line(format!(
                "  after choices {}: {}",
                choices.join(","),
                e.message
            ));
        }
    }
    s
}

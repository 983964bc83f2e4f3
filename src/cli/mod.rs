//! The command line: one file per subcommand, each calling the same `domain` functions the GUI does.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

pub mod analyze;
pub mod autoplay;
pub mod check;
pub mod export;
pub mod history;
pub mod new;
pub mod play;
pub mod progress;

/// Comeback — rehearse the conversation after your company has let a customer down.
#[derive(Debug, Parser)]
#[command(name = "comeback", version, about, long_about = None)]
pub struct Cli {
    /// Where drill history is kept (default: the platform data directory; env COMEBACK_DATA_DIR).
    #[arg(long, global = true, env = "COMEBACK_DATA_DIR")]
    pub data_dir: Option<PathBuf>,

    /// Options for the desktop app (used when no subcommand is given).
    #[command(flatten)]
    pub gui: GuiArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Desktop-app options: only read when no subcommand is given.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct GuiArgs {
    /// Folder of drill files the app loads and watches (default: ./scenarios).
    #[arg(long, value_name = "DIR")]
    pub scenarios: Option<PathBuf>,
    /// Start as this trainee, skipping the profile screen.
    #[arg(long)]
    pub trainee: Option<String>,
    /// Play this drill file in the window by itself (Profiles → Library → Drill → Debrief → Progress).
    #[arg(long, value_name = "FILE")]
    pub autoplay: Option<PathBuf>,
    /// Reply numbers (1-based) for --autoplay, e.g. 1,2,1; reply 1 after they run out.
    #[arg(long, value_delimiter = ',', requires = "autoplay")]
    pub choices: Vec<usize>,
    /// Save a PNG of each screen here during --autoplay.
    #[arg(long, value_name = "DIR", requires = "autoplay")]
    pub screenshot_dir: Option<PathBuf>,
    /// Close the window when --autoplay is done.
    #[arg(long, requires = "autoplay")]
    pub exit_when_done: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check drill files: syntax, structure and teaching problems, located to line and column.
    Check(check::CheckArgs),
    /// Play a drill in the terminal (scripted with --choices/--say, or interactive).
    Play(play::PlayArgs),
    /// Read replies and tell which recovery moves they perform.
    Analyze(analyze::AnalyzeArgs),
    /// List a trainee's drills (or, with no trainee, who has played); discard abandoned drills.
    History(history::HistoryArgs),
    /// A trainee's score trends, mastery per principle and what to practise next.
    Progress(progress::ProgressArgs),
    /// Export drills as CSV or xAPI statements (optionally posted to an LRS).
    Export(export::ExportArgs),
    /// Let a bot play a drill: score spread, endings, best and worst paths, unreached nodes.
    Autoplay(autoplay::AutoplayArgs),
    /// Write a new drill from a commented template that passes `check`.
    New(new::NewArgs),
    /// Start a translation of a drill (`ID.LANG.ron`) with every text to fill in.
    Translate(new::TranslateArgs),
}

/// Run a parsed command line. `None` means "no subcommand": the caller starts the GUI.
pub fn run(cli: Cli) -> Option<ExitCode> {
    let command = cli.command?;
    let result = match command {
        Command::Check(args) => check::run(args),
        Command::Play(args) => play::run(args, cli.data_dir),
        Command::Analyze(args) => analyze::run(args),
        Command::History(args) => history::run(args, cli.data_dir),
        Command::Progress(args) => progress::run(args, cli.data_dir),
        Command::Export(args) => export::run(args, cli.data_dir),
        Command::Autoplay(args) => autoplay::run(args),
        Command::New(args) => new::run(args),
        Command::Translate(args) => new::run_translate(args),
    };
    Some(match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    })
}

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
pub mod team;

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
    /// Folder of team practice plans for the Team screen (default: plans/ beside the drill folder).
    #[arg(long, value_name = "DIR")]
    pub plans: Option<PathBuf>,
    /// Start as this trainee, skipping the profile screen.
    #[arg(long)]
    pub trainee: Option<String>,
    /// Go straight into this drill (with --trainee, recorded; else as a guest).
    #[arg(long, value_name = "FILE", conflicts_with = "autoplay")]
    pub drill: Option<PathBuf>,
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
    /// Window size in logical pixels, e.g. 1920x1080 (default 1280x720; at least 960x600).
    #[arg(long, value_name = "WxH", value_parser = parse_window_size)]
    pub window_size: Option<(u32, u32)>,
}

/// `1920x1080` → (1920, 1080), refusing sizes below the app's minimum.
fn parse_window_size(s: &str) -> Result<(u32, u32), String> {
    let (w, h) = s
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("`{s}` is not WIDTHxHEIGHT, e.g. 1920x1080"))?;
    let num = |v: &str| {
        v.trim()
            .parse::<u32>()
            .map_err(|_| format!("`{v}` in `{s}` is not a whole number of pixels"))
    };
    let (w, h) = (num(w)?, num(h)?);
    if w < 960 || h < 600 || w > 16384 || h > 16384 {
        return Err(format!("{w}x{h} is outside 960x600 … 16384x16384"));
    }
    Ok((w, h))
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
    /// Team practice: run a plan hot-seat, report where the team stands.
    Team(team::TeamArgs),
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
        Command::Team(args) => team::run(args, cli.data_dir),
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

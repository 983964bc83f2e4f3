//! The command line: one file per subcommand, each calling the same `domain` functions the GUI does.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

pub mod analyze;

/// Comeback — rehearse the conversation after your company has let a customer down.
#[derive(Debug, Parser)]
#[command(name = "comeback", version, about, long_about = None)]
pub struct Cli {
    /// Where drill history is kept (default: the platform data directory; env COMEBACK_DATA_DIR).
    #[arg(long, global = true, env = "COMEBACK_DATA_DIR")]
    pub data_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read replies and tell which recovery moves they perform.
    Analyze(analyze::AnalyzeArgs),
}

/// Run a parsed command line. `None` means "no subcommand": the caller starts the GUI.
pub fn run(cli: Cli) -> Option<ExitCode> {
    let command = cli.command?;
    let result = match command {
        Command::Analyze(args) => analyze::run(args),
    };
    Some(match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    })
}

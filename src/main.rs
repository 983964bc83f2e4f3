use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = comeback::cli::Cli::parse();
    match comeback::cli::run(cli) {
        Some(code) => code,
        None => {
            eprintln!("no subcommand given; see `comeback --help`");
            ExitCode::from(2)
        }
    }
}

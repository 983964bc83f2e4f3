//! `comeback analyze`: placeholder until the analyzer issue lands.
use clap::Args;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Analyze one reply given on the command line.
    #[arg(long)]
    pub text: Option<String>,
}

pub fn run(args: AnalyzeArgs) -> anyhow::Result<ExitCode> {
    let _ = args;
    anyhow::bail!("not built yet")
}

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = comeback::cli::Cli::parse();
    let (data_dir, gui) = (cli.data_dir.clone(), cli.gui.clone());
    match comeback::cli::run(cli) {
        Some(code) => code,
        None => gui_main(data_dir, gui),
    }
}

#[cfg(feature = "gui")]
fn gui_main(data_dir: Option<std::path::PathBuf>, gui: comeback::cli::GuiArgs) -> ExitCode {
    comeback::app::run(comeback::app::Options::from_args(data_dir, gui))
}

#[cfg(not(feature = "gui"))]
fn gui_main(_: Option<std::path::PathBuf>, _: comeback::cli::GuiArgs) -> ExitCode {
    eprintln!(
        "this build has no desktop app (built without the `gui` feature); see `comeback --help`"
    );
    ExitCode::from(2)
}

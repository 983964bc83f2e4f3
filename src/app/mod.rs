//! The desktop app: a thin Bevy layer over `crate::domain`. Screens are states, each screen's body
//! is a pure view function in `ui/`, and every button or key becomes an [`ui::Intent`] that
//! `flow` turns into domain calls.

pub mod assets;
mod autoplay;
pub mod flow;
pub mod idle;
pub mod input;
pub mod records;
pub mod screens;
pub mod settings;
pub mod team;
pub mod trainer;
pub mod ui;
pub mod wake;

use bevy::prelude::*;
use bevy::window::WindowResizeConstraints;
use bevy::winit::WinitSettings;
use bevy_egui::EguiPlugin;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub use screens::Screen;

/// What the command line asked of the app.
#[derive(Debug, Clone, Default, Resource)]
pub struct Options {
    pub data_dir: Option<PathBuf>,
    pub scenarios: Option<PathBuf>,
    pub trainee: Option<String>,
    pub plans: Option<PathBuf>,
    pub drill: Option<PathBuf>,
    pub autoplay: Option<PathBuf>,
    pub choices: Vec<usize>,
    pub screenshot_dir: Option<PathBuf>,
    pub exit_when_done: bool,
    pub window_size: Option<(u32, u32)>,
}

impl Options {
    pub fn from_args(data_dir: Option<PathBuf>, gui: crate::cli::GuiArgs) -> Options {
        Options {
            data_dir,
            scenarios: gui.scenarios,
            trainee: gui.trainee,
            plans: gui.plans,
            drill: gui.drill,
            autoplay: gui.autoplay,
            choices: gui.choices,
            screenshot_dir: gui.screenshot_dir,
            exit_when_done: gui.exit_when_done,
            window_size: gui.window_size,
        }
    }

    /// The drill folder: `--scenarios`, else the autoplay (or --drill) file's folder, else ./scenarios, else
    /// the source tree's.
    pub fn scenarios_dir(&self) -> PathBuf {
        if let Some(d) = &self.scenarios {
            return d.clone();
        }
        if let Some(parent) = self
            .autoplay
            .as_deref()
            .or(self.drill.as_deref())
            .and_then(Path::parent)
            && !parent.as_os_str().is_empty()
        {
            return parent.to_path_buf();
        }
        let here = PathBuf::from("scenarios");
        if here.is_dir() {
            return here;
        }
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
    }
}

/// Split a drill folder into (asset root, folder name under it).
pub fn asset_root(dir: &Path) -> (String, String) {
    let abs = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let root = abs
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("/"));
    let name = abs
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| ".".into());
    (root.display().to_string(), name)
}

/// Open the window and run until it closes.
pub fn run(opts: Options) -> ExitCode {
    let dir = opts.scenarios_dir();
    if !dir.is_dir() {
        eprintln!(
            "error: no drill folder at {} (give one with --scenarios DIR)",
            dir.display()
        );
        return ExitCode::from(2);
    }
    let (root, folder) = asset_root(&dir);
    let root_for_app = root.clone();
    // The analyzer's learned backoff trains on first use; do it now, off the main thread, so
    // the first typed reply or library lint does not wait for it.
    std::thread::spawn(crate::domain::analyzer::warm_up);
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Comeback — service recovery drills".into(),
                    resolution: opts.window_size.unwrap_or((1280, 720)).into(),
                    resize_constraints: WindowResizeConstraints {
                        min_width: 960.0,
                        min_height: 600.0,
                        ..default()
                    },
                    ..default()
                }),
                ..default()
            })
            .set(AssetPlugin {
                file_path: root.clone(),
                watch_for_changes_override: Some(true),
                ..default()
            }),
    )
    .add_plugins(EguiPlugin::default())
    .insert_resource(if opts.autoplay.is_some() {
        WinitSettings::continuous()
    } else {
        wake::idle_settings()
    })
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    });
    add_app(&mut app, opts, &root_for_app, folder);
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// Everything but the window and renderer: usable under `MinimalPlugins` in tests.
pub fn add_app(app: &mut App, opts: Options, root: &str, folder: String) {
    app.insert_resource(records::Records::open(opts.data_dir.clone()))
        .insert_resource(assets::DrillFolder::new(root, folder))
        .insert_resource(opts);
    app.add_plugins(AppPlugin);
}

pub struct AppPlugin;

impl Plugin for AppPlugin {
    fn build(&self, app: &mut App) {
        settings::plugin(app);
        assets::plugin(app);
        screens::plugin(app);
        flow::plugin(app);
        idle::plugin(app);
        autoplay::plugin(app);
        wake::plugin(app);
    }
}

#[cfg(test)]
mod tests;

//! Drills as Bevy assets: the loader runs the domain parser and validator, so a broken file still
//! loads (as an entry with diagnostics) and a trainer's edit shows up through hot reload.

use crate::domain::library::{self, Entry, Library};
use bevy::asset::io::Reader;
use bevy::asset::{AssetLoader, LoadContext};
use bevy::prelude::*;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// One drill file, parsed and checked.
#[derive(Asset, TypePath, Debug)]
pub struct ScenarioAsset(pub Entry);

#[derive(Default, TypePath)]
pub struct ScenarioLoader;

impl AssetLoader for ScenarioLoader {
    type Asset = ScenarioAsset;
    type Settings = ();
    type Error = std::io::Error;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        ctx: &mut LoadContext<'_>,
    ) -> Result<ScenarioAsset, std::io::Error> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).await?;
        let label = ctx.path().path().display().to_string();
        Ok(ScenarioAsset(library::check_source(&label, &bytes)))
    }

    fn extensions(&self) -> &[&str] {
        &["ron"]
    }
}

/// The watched folder of drills, relative to the asset root. Each drill file is loaded on its own
/// (a stray README in the folder must not stop the rest), and the folder is rescanned now and
/// then while the library is open so new files appear.
#[derive(Resource, Debug, Clone)]
pub struct DrillFolder {
    pub path: String,
    /// The folder on disk (asset root joined with `path`).
    pub dir: PathBuf,
    pub handles: Vec<Handle<ScenarioAsset>>,
    pub scanned: Option<std::time::Instant>,
}

impl DrillFolder {
    pub fn new(root: &str, path: String) -> DrillFolder {
        DrillFolder {
            dir: Path::new(root).join(&path),
            path,
            handles: Vec::new(),
            scanned: None,
        }
    }
}

/// Every drill loaded so far, rebuilt when any drill asset changes.
#[derive(Resource, Default, Debug, Clone)]
pub struct Drills {
    pub library: Library,
    /// Languages with at least one translation in the folder (for the language setting).
    pub languages: Vec<String>,
    /// Every translation file in the folder, checked against the drill it translates.
    pub translations: Vec<crate::domain::translation::Checked>,
    /// Bumped on every rebuild, so screens can tell a reload happened.
    pub generation: u64,
}

pub(super) fn plugin(app: &mut App) {
    app.init_asset::<ScenarioAsset>()
        .init_asset_loader::<ScenarioLoader>()
        .init_resource::<Drills>()
        .add_systems(Startup, load_folder)
        .add_systems(Update, rebuild_library);
}

fn load_folder(server: Res<AssetServer>, mut folder: ResMut<DrillFolder>) {
    scan(&server, &mut folder);
}

/// Load every drill file in the folder not loaded yet.
pub fn scan(server: &AssetServer, folder: &mut DrillFolder) {
    folder.scanned = Some(std::time::Instant::now());
    let files = match library::collect(std::slice::from_ref(&folder.dir)) {
        Ok(f) => f,
        Err(d) => {
            warn!("{d}");
            return;
        }
    };
    // Translations are loaded too, only so that saving one triggers a rebuild (hot reload).
    let translations = library::collect_translations(std::slice::from_ref(&folder.dir));
    for f in files.into_iter().chain(translations) {
        let Ok(rel) = f.strip_prefix(&folder.dir) else {
            continue;
        };
        let asset = format!("{}/{}", folder.path, rel.display());
        let h: Handle<ScenarioAsset> = server.load(asset);
        if !folder.handles.contains(&h) {
            folder.handles.push(h);
        }
    }
}

/// Rescan while the library is on screen, at most every two seconds.
pub fn rescan(server: Res<AssetServer>, mut folder: ResMut<DrillFolder>) {
    if folder.scanned.is_none_or(|t| t.elapsed().as_secs() >= 2) {
        scan(&server, &mut folder);
    }
}

/// Whether every drill file has finished loading (or failed).
pub fn folder_settled(server: &AssetServer, folder: &DrillFolder) -> bool {
    folder.scanned.is_some()
        && folder
            .handles
            .iter()
            .all(|h| server.is_loaded(h) || server.load_state(h).is_failed())
}

fn rebuild_library(
    mut events: MessageReader<AssetEvent<ScenarioAsset>>,
    assets: Res<Assets<ScenarioAsset>>,
    folder: Res<DrillFolder>,
    settings: Res<crate::app::settings::Settings>,
    mut language: Local<Option<String>>,
    mut drills: ResMut<Drills>,
) {
    let relanguage = *language != settings.language;
    if events.read().count() == 0 && !relanguage {
        return;
    }
    language.clone_from(&settings.language);
    let mut lib = build_library(assets.iter().map(|(_, a)| &a.0));
    let dirs = std::slice::from_ref(&folder.dir);
    // Checked against the drills as written, before any language is applied.
    drills.translations = library::collect_translations(dirs)
        .iter()
        .map(|p| crate::domain::translation::check_file(p, &lib))
        .collect();
    if let Some(lang) = &settings.language {
        // Entries are named by asset path; the files live under the asset root. A translation
        // with errors is not applied (the drill plays as written; the Trainer screen says why).
        let root = folder.dir.parent().unwrap_or(&folder.dir).to_path_buf();
        for e in &mut lib.entries {
            let on_disk = root.join(&e.file);
            library::apply_language(e, &on_disk, lang);
        }
    }
    drills.languages = library::languages(dirs);
    drills.library = lib;
    drills.generation += 1;
}

/// Sort entries by file, skip translations, and refuse a second file with an id already used.
pub fn build_library<'a>(entries: impl Iterator<Item = &'a Entry>) -> Library {
    let mut entries: Vec<Entry> = entries
        .filter(|e| library::is_drill_file(Path::new(&e.file)))
        .cloned()
        .collect();
    entries.sort_by(|a, b| a.file.cmp(&b.file));
    let mut seen = HashSet::new();
    for e in &mut entries {
        let Some(s) = &e.scenario else { continue };
        if !seen.insert(s.id.clone()) {
            e.diagnostics.push(
                crate::domain::diagnostic::Diagnostic::error(
                    "duplicate-drill",
                    format!("drill id `{}` is also used by another file", s.id),
                )
                .in_file(e.file.clone())
                .with_hint("give each drill file its own `id`"),
            );
            e.scenario = None;
        }
    }
    Library { entries }
}

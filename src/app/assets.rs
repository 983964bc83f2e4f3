//! Drills as Bevy assets: the loader runs the domain parser and validator, so a broken file still
//! loads (as an entry with diagnostics) and a trainer's edit shows up through hot reload.

use crate::domain::library::{self, Entry, Library};
use bevy::asset::io::Reader;
use bevy::asset::{AssetLoader, LoadContext, LoadedFolder};
use bevy::prelude::*;
use std::collections::HashSet;
use std::path::Path;

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

/// The watched folder of drills, relative to the asset root.
#[derive(Resource, Debug, Clone)]
pub struct DrillFolder {
    pub path: String,
    pub handle: Option<Handle<LoadedFolder>>,
}

/// Every drill loaded so far, rebuilt when any drill asset changes.
#[derive(Resource, Default, Debug, Clone)]
pub struct Drills {
    pub library: Library,
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
    folder.handle = Some(server.load_folder(folder.path.clone()));
}

/// Whether the folder (and every drill in it) has finished loading, or failed.
pub fn folder_settled(server: &AssetServer, folder: &DrillFolder) -> bool {
    let Some(h) = &folder.handle else {
        return false;
    };
    server.is_loaded_with_dependencies(h) || server.load_state(h).is_failed()
}

fn rebuild_library(
    mut events: MessageReader<AssetEvent<ScenarioAsset>>,
    assets: Res<Assets<ScenarioAsset>>,
    mut drills: ResMut<Drills>,
) {
    if events.read().count() == 0 {
        return;
    }
    drills.library = build_library(assets.iter().map(|(_, a)| &a.0));
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

use super::{Intents, Screen, central};
use crate::app::assets::{DrillFolder, Drills};
use crate::app::flow::Session;
use crate::app::ui::trainer::{
    AutoplaySummary, FileRow, MapViewModel, TrainerViewModel, trainer_view,
};
use crate::domain::library::Entry;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// What the trainer has picked, and the map and bot results for it (computed once per save).
#[derive(Resource, Default)]
pub struct TrainerState {
    pub selected: Option<String>,
    pub node: Option<String>,
    /// (file, library generation) the cached results belong to.
    cached_for: Option<(String, u64)>,
    map: Option<MapViewModel>,
    autoplay: Option<AutoplaySummary>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TrainerState>()
        .add_systems(
            Update,
            (crate::app::assets::rescan, refresh).run_if(in_state(Screen::Trainer)),
        )
        .add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Trainer)));
}

/// Recompute the selected drill's map and autoplay results when the selection or the file changes.
fn refresh(drills: Res<Drills>, mut state: ResMut<TrainerState>) {
    if state.selected.is_none() {
        state.selected = drills.library.entries.first().map(|e| e.file.clone());
    }
    let Some(file) = state.selected.clone() else {
        return;
    };
    let key = (file.clone(), drills.generation);
    if state.cached_for.as_ref() == Some(&key) {
        return;
    }
    let entry = drills.library.entries.iter().find(|e| e.file == file);
    let (map, autoplay) = entry.map_or((None, None), crate::app::trainer::analyse);
    if let (Some(m), Some(n)) = (&map, &state.node)
        && !m.nodes.iter().any(|x| &x.id == n)
    {
        state.node = None;
    }
    state.map = map;
    state.autoplay = autoplay;
    state.cached_for = Some(key);
}

pub fn view_model(
    drills: &Drills,
    session: &Session,
    state: &TrainerState,
    folder: &str,
) -> TrainerViewModel {
    let entries = &drills.library.entries;
    let row = |e: &Entry| FileRow {
        file: e.file.clone(),
        title: e.scenario.as_ref().map(|s| s.title.clone()),
        errors: e.errors(),
        warnings: e.warnings(),
        translation: false,
    };
    let mut files: Vec<FileRow> = entries.iter().map(row).collect();
    files.extend(drills.translations.iter().map(|t| FileRow {
        file: t.file.clone(),
        title: Some(format!(
            "{} ({} translation)",
            t.drill_id.as_deref().unwrap_or("?"),
            t.language
        )),
        errors: t.errors(),
        warnings: t.warnings(),
        translation: true,
    }));
    let selected = state.selected.as_ref();
    let diagnostics = selected
        .and_then(|f| {
            let as_drill = entries
                .iter()
                .find(|e| &e.file == f)
                .map(|e| &e.diagnostics);
            as_drill.or_else(|| {
                drills
                    .translations
                    .iter()
                    .find(|t| &t.file == f)
                    .map(|t| &t.diagnostics)
            })
        })
        .map(|ds| ds.iter().map(|d| (d.is_error(), d.to_string())).collect())
        .unwrap_or_default();
    TrainerViewModel {
        trainee: session.trainee_name().to_string(),
        folder: folder.to_string(),
        selected: selected
            .filter(|f| files.iter().any(|r| &r.file == *f))
            .cloned(),
        files,
        diagnostics,
        map: state.map.clone(),
        selected_node: state.node.clone(),
        autoplay: state.autoplay.clone(),
        reloads: drills.generation.saturating_sub(1),
    }
}

fn ui(
    mut contexts: EguiContexts,
    drills: Res<Drills>,
    session: Res<Session>,
    state: Res<TrainerState>,
    folder: Res<DrillFolder>,
    mut intents: ResMut<Intents>,
) -> Result {
    let vm = view_model(&drills, &session, &state, &folder.path);
    let ctx = contexts.ctx_mut()?;
    intents.0.extend(central(ctx, |ui| trainer_view(ui, &vm)));
    Ok(())
}

use super::{Intents, Screen, central};
use crate::app::assets::{DrillFolder, Drills};
use crate::app::flow::Session;
use crate::app::ui::library::{BrokenRow, DrillRow, LibraryViewModel, UnfinishedRow, library_view};
use crate::domain::scenario::FailureSeverity;
use crate::domain::scoring::Grade;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Library)))
        .add_systems(
            Update,
            crate::app::assets::rescan.run_if(in_state(Screen::Library)),
        );
}

pub fn view_model(
    drills: &Drills,
    session: &Session,
    folder: &str,
    language: Option<&str>,
) -> LibraryViewModel {
    let progress = session.progress.as_ref();
    let recommended = progress.and_then(|p| p.practise_next.first());
    let mut vm = LibraryViewModel {
        trainee: session.trainee_name().to_string(),
        why: recommended.map(|r| format!("{} — {}", r.title, r.reason)),
        folder: folder.to_string(),
        languages: drills.languages.clone(),
        language: language.map(str::to_string),
        ..Default::default()
    };
    for u in &session.unfinished {
        let entry = drills
            .library
            .entries
            .iter()
            .find(|e| e.scenario.as_ref().is_some_and(|s| s.id == u.scenario_id));
        vm.unfinished.push(UnfinishedRow {
            record: u.drill.0,
            title: u.scenario_title.clone(),
            started: u
                .started_at
                .get(..16)
                .unwrap_or(&u.started_at)
                .replace('T', " "),
            answered: u.answers.len(),
            changed: entry.is_some_and(|e| e.hash != u.content_hash),
            missing: entry.is_none(),
        });
    }
    for e in &drills.library.entries {
        match &e.scenario {
            Some(s) => {
                let best = progress
                    .and_then(|p| p.per_drill.iter().find(|d| d.scenario_id == s.id))
                    .map(|d| (d.best, format!("{:?}", Grade::from_total(d.best))));
                vm.drills.push(DrillRow {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    summary: s.summary.clone(),
                    difficulty: format!("{:?}", s.difficulty),
                    severity: match s.severity {
                        FailureSeverity::Minor => "minor".into(),
                        FailureSeverity::Significant => "significant".into(),
                    },
                    tags: s.tags.clone(),
                    best,
                    recommended: recommended.is_some_and(|r| r.scenario_id == s.id),
                    warnings: e.warnings(),
                });
            }
            None => vm.broken.push(BrokenRow {
                file: e.file.clone(),
                diagnostics: e.diagnostics.iter().map(|d| d.to_string()).collect(),
            }),
        }
    }
    vm
}

fn ui(
    mut contexts: EguiContexts,
    drills: Res<Drills>,
    session: Res<Session>,
    folder: Res<DrillFolder>,
    settings: Res<crate::app::settings::Settings>,
    mut intents: ResMut<Intents>,
) -> Result {
    let vm = view_model(
        &drills,
        &session,
        &folder.path,
        settings.language.as_deref(),
    );
    let ctx = contexts.ctx_mut()?;
    intents.0.extend(central(ctx, |ui| library_view(ui, &vm)));
    Ok(())
}

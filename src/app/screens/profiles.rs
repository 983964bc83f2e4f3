use super::{Drafts, Intents, Screen, central};
use crate::app::records::Records;
use crate::app::ui::profiles::{ProfilesViewModel, profiles_view};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Profiles)),
    );
}

fn ui(
    mut contexts: EguiContexts,
    records: Res<Records>,
    mut drafts: ResMut<Drafts>,
    mut intents: ResMut<Intents>,
) -> Result {
    let vm = ProfilesViewModel {
        trainees: records
            .with("trainees", |h| h.trainees())
            .unwrap_or_default()
            .into_iter()
            .map(|t| t.name)
            .collect(),
        notice: records.problem.clone(),
    };
    let ctx = contexts.ctx_mut()?;
    intents.0.extend(central(ctx, |ui| {
        profiles_view(ui, &vm, &mut drafts.new_trainee)
    }));
    Ok(())
}

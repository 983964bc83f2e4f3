use super::{Intents, Screen, central};
use crate::app::ui::placeholder::{PlaceholderViewModel, placeholder_view};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Trainer)));
}

fn ui(mut contexts: EguiContexts, mut intents: ResMut<Intents>) -> Result {
    let vm = PlaceholderViewModel {
        title: "Trainer",
        what: "Write and check drills, and see your trainees' results. This screen is coming in a later release; meanwhile use `comeback check` on drill files.",
    };
    let ctx = contexts.ctx_mut()?;
    intents
        .0
        .extend(central(ctx, |ui| placeholder_view(ui, &vm)));
    Ok(())
}

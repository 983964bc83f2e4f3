use super::{Intents, Screen, central};
use crate::app::ui::placeholder::{PlaceholderViewModel, placeholder_view};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Team)));
}

fn ui(mut contexts: EguiContexts, mut intents: ResMut<Intents>) -> Result {
    let vm = PlaceholderViewModel {
        title: "Team",
        what: "See how a whole team is doing across drills. This screen is coming in a later release.",
    };
    let ctx = contexts.ctx_mut()?;
    intents
        .0
        .extend(central(ctx, |ui| placeholder_view(ui, &vm)));
    Ok(())
}

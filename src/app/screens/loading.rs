use super::{Screen, central};
use crate::app::assets::{DrillFolder, folder_settled};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, done.run_if(in_state(Screen::Loading)))
        .add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Loading)));
}

fn done(
    server: Res<AssetServer>,
    folder: Res<DrillFolder>,
    opts: Res<crate::app::Options>,
    mut intents: ResMut<super::Intents>,
    mut next: ResMut<NextState<Screen>>,
) {
    if folder_settled(&server, &folder) {
        match &opts.trainee {
            Some(t) if opts.autoplay.is_none() => intents
                .0
                .push(crate::app::ui::Intent::PickTrainee(t.clone())),
            _ => next.set(Screen::Profiles),
        }
    }
}

fn ui(mut contexts: EguiContexts) -> Result {
    let ctx = contexts.ctx_mut()?;
    central(ctx, |ui| {
        ui.heading("Loading drills…");
        None
    });
    Ok(())
}

use super::{Intents, Screen, central};
use crate::app::flow::Session;
use crate::app::ui::progress::{ProgressViewModel, progress_view};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Progress)),
    );
}

fn ui(mut contexts: EguiContexts, session: Res<Session>, mut intents: ResMut<Intents>) -> Result {
    let vm = match &session.progress {
        Some(p) => ProgressViewModel::from_progress(p),
        None => ProgressViewModel {
            trainee: session.trainee_name().to_string(),
            notice: Some(match session.trainee.as_ref().and_then(|t| t.id) {
                None => {
                    "Guests' drills are not recorded. Pick or create a trainee to track progress."
                        .into()
                }
                Some(_) => "Progress is unavailable: the drill history could not be read.".into(),
            }),
            ..Default::default()
        },
    };
    let ctx = contexts.ctx_mut()?;
    intents.0.extend(central(ctx, |ui| progress_view(ui, &vm)));
    Ok(())
}
